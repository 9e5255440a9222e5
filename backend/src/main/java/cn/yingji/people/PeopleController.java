package cn.yingji.people;

import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.yingji.tenancy.Access;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/** 人员名录管理: the tenant admin keeps the names, positions and units of its tenant's people. */
@RestController
@RequestMapping("/api/v1/people")
@PreAuthorize(Access.ADMINS)
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    Mono<List<Person>> list(Viewer viewer) {
        return people.list(viewer);
    }

    @PutMapping("/{id}")
    Mono<Person> update(Viewer viewer, @PathVariable UUID id, @Validated @RequestBody PersonRequest request) {
        return people.update(viewer, id, request);
    }
}
