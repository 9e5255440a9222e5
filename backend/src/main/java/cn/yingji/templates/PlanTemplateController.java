package cn.yingji.templates;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.templates.PlanTemplates.PublishRequest;
import cn.yingji.templates.PlanTemplates.Template;
import cn.yingji.templates.PlanTemplates.TemplateRequest;
import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 预案模板与编修指南. */
@RestController
@RequestMapping("/api/v1/plan-templates")
class PlanTemplateController {


    private final PlanTemplates templates;

    PlanTemplateController(PlanTemplates templates) {
        this.templates = templates;
    }

    @GetMapping
    Mono<List<Template>> list(Viewer viewer, @RequestParam(required = false) String kind) {
        return templates.list(viewer, kind);
    }

    @GetMapping("/{id}")
    Mono<Template> get(Viewer viewer, @PathVariable UUID id) {
        return templates.get(viewer, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.OFFICIALS)
    Mono<Template> create(Viewer viewer, @Validated @RequestBody TemplateRequest request) {
        return templates.create(viewer, request);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Template> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody TemplateRequest request) {
        return templates.update(viewer, id, request);
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize(Access.OFFICIALS)
    Mono<Template> publish(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody PublishRequest request) {
        return templates.publish(viewer, id, request.version());
    }
}
