package cn.yingji.searchterms;

import java.util.List;
import java.util.UUID;

import jakarta.validation.groups.Default;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 检索同义词: kept by a province's 单位管理员, read by every office of the province. */
@RestController
@RequestMapping(SearchTerms.ROUTE)
class SearchTermController {

    private final SearchTerms searchTerms;

    SearchTermController(SearchTerms searchTerms) {
        this.searchTerms = searchTerms;
    }

    @GetMapping
    Mono<List<SearchTermGroup>> list(Viewer viewer) {
        return searchTerms.list(viewer);
    }

    @GetMapping("/{id}")
    Mono<SearchTermGroup> get(Viewer viewer, @PathVariable UUID id) {
        return searchTerms.get(viewer, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMINS)
    Mono<SearchTermGroup> create(Viewer viewer, @Validated @RequestBody SearchTermRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        return searchTerms.create(viewer, request, idempotencyKey);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Access.ADMINS)
    Mono<SearchTermGroup> update(Viewer viewer, @PathVariable UUID id,
            @Validated({Default.class, SearchTermRequest.Update.class}) @RequestBody SearchTermRequest request) {
        return searchTerms.update(viewer, id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize(Access.ADMINS)
    Mono<Void> delete(Viewer viewer, @PathVariable UUID id, @RequestParam int version) {
        return searchTerms.delete(viewer, id, version);
    }
}
