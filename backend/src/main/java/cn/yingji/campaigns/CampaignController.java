package cn.yingji.campaigns;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.campaigns.RevisionCampaigns.Campaign;
import cn.yingji.campaigns.RevisionCampaigns.CampaignRequest;
import cn.yingji.campaigns.RevisionCampaigns.LaunchRequest;
import cn.yingji.campaigns.RevisionCampaigns.Task;
import cn.yingji.campaigns.RevisionCampaigns.TaskRequest;
import cn.yingji.plans.PlanExport;
import cn.yingji.platform.Spreadsheets;
import cn.yingji.platform.XlsxResponses;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 预案编修专项行动: campaigns, their task breakdown and the progress board. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private static final List<String> BOARD_HEADERS = List.of("预案名称", "类别", "责任地区", "责任单位", "期限", "状态",
            "关联预案状态");

    private final RevisionCampaigns campaigns;
    private final XlsxResponses xlsx;

    CampaignController(RevisionCampaigns campaigns, XlsxResponses xlsx) {
        this.campaigns = campaigns;
        this.xlsx = xlsx;
    }

    @GetMapping
    Mono<List<Campaign>> list(Viewer viewer) {
        return campaigns.list(viewer);
    }

    @GetMapping("/assigned-tasks")
    Mono<List<Task>> assigned(Viewer viewer) {
        return campaigns.assigned(viewer);
    }

    @GetMapping("/{id}")
    Mono<Campaign> get(Viewer viewer, @PathVariable UUID id) {
        return campaigns.get(viewer, id);
    }

    /** The board (任务分解表 with states) as .xlsx, exactly as the viewer sees it. */
    @GetMapping("/{id}/board.xlsx")
    Mono<ResponseEntity<byte[]>> board(Viewer viewer, @PathVariable UUID id) {
        return campaigns.get(viewer, id)
                .flatMap(c -> xlsx.download("编修任务分解表.xlsx", () -> Spreadsheets.xlsx("任务分解", BOARD_HEADERS,
                        c.tasks().stream()
                                .map(t -> List.<Object>of(t.planTitle(), PlanExport.categoryLabel(t.category()),
                                        t.assigneeTenantName(), t.assigneeUnitName() == null ? "" : t.assigneeUnitName(),
                                        t.deadline().toString(), t.stateLabel(),
                                        t.planStatusLabel() == null ? "" : t.planStatusLabel()))
                                .toList())));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Campaign> create(Viewer viewer, @Validated @RequestBody CampaignRequest request) {
        return campaigns.create(viewer, request);
    }

    @PostMapping("/{id}/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Task> addTask(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody TaskRequest request) {
        return campaigns.addTask(viewer, id, request);
    }

    @PostMapping("/{id}/launch")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Campaign> launch(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody LaunchRequest request) {
        return campaigns.launch(viewer, id, request.version());
    }
}
