package cn.yingji.templates;

import static cn.yingji.db.Tables.PLAN_TEMPLATE;
import static cn.yingji.db.Tables.TENANT;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import cn.yingji.plans.Plans;
import cn.yingji.plans.EventTypes;
import cn.yingji.records.RecordWrites;
import cn.yingji.records.Versioned;
import cn.yingji.db.enums.Sharing;
import cn.yingji.db.enums.TemplateKind;
import cn.yingji.db.tables.records.PlanTemplateRecord;
import cn.yingji.platform.ApiException;
import cn.yingji.tenancy.TenantRows;
import cn.yingji.tenancy.TenantTx;
import cn.yingji.tenancy.Viewer;
import reactor.core.publisher.Mono;

/**
 * 预案模板与编修指南: compiled by a tier, published to the tiers below (sharing vertical); a published one is
 * no longer edited — a changed template is a new one.
 */
@Component
class PlanTemplates {

    static final String ENTITY = "plan_template";
    /** 预案模板与编制指南: versioned; found through the list, not search. */
    static final Versioned<PlanTemplateRecord> TYPE = Versioned.stored(ENTITY, "模板", PLAN_TEMPLATE, PLAN_TEMPLATE.ID,
            PLAN_TEMPLATE.VERSION, PLAN_TEMPLATE.UPDATED_AT);

    record TemplateRequest(
            @NotBlank(message = "必须选择类型 kind：template（模板）或 guide（编修指南）") String kind,
            @NotBlank(message = "标题不能为空") @Size(max = 300, message = "标题不能超过 300 个字") String title,
            String category,
            @Size(max = 20, message = "事件类型不能超过 20 个") List<String> eventTypes,
            @Size(max = 2000, message = "说明不能超过 2000 字") String description,
            @Size(max = 200000, message = "正文不能超过 20 万字") String body,
            Integer version) {
    }

    record PublishRequest(@NotNull(message = "必须提供版本号 version") Integer version) {
    }

    record Template(UUID id, String tenantCode, String tenantName, String kind, String kindLabel, String title,
            @Nullable String category, List<String> eventTypes, @Nullable String description, String body,
            boolean published, @Nullable OffsetDateTime publishedAt, boolean own, int version, OffsetDateTime updatedAt) {
    }

    private final TenantTx tx;
    private final RecordWrites writes;

    PlanTemplates(TenantTx tx, RecordWrites writes) {
        this.tx = tx;
        this.writes = writes;
    }

    /** Own templates (drafts too) and those published by the tiers above. */
    Mono<List<Template>> list(Viewer viewer, String kind) {
        Condition where = kind == null ? DSL.noCondition() : PLAN_TEMPLATE.KIND.eq(kind(kind));
        return tx.call(viewer, dsl -> dsl.select(PLAN_TEMPLATE.fields()).select(TENANT.NAME).from(PLAN_TEMPLATE)
                .join(TENANT).on(TENANT.CODE.eq(PLAN_TEMPLATE.TENANT_CODE))
                .where(where).and(PLAN_TEMPLATE.TENANT_CODE.eq(viewer.tenant().code())
                        .or(DSL.condition("{0} @> {1}::ltree", PLAN_TEMPLATE.TENANT_PATH, viewer.tenant().path())))
                .orderBy(PLAN_TEMPLATE.UPDATED_AT.desc())
                .fetch(r -> view(viewer, r.into(PLAN_TEMPLATE), r.get(TENANT.NAME))));
    }

    Mono<Template> get(Viewer viewer, UUID id) {
        return tx.call(viewer, dsl -> {
            PlanTemplateRecord row = load(dsl, id);
            return view(viewer, row, tenantName(dsl, row.getTenantCode()));
        });
    }

    Mono<Template> create(Viewer viewer, TemplateRequest request) {
        PlanTemplateRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            PlanTemplateRecord row = dsl.insertInto(PLAN_TEMPLATE).set(fields).returning().fetchSingle();
            return written(dsl, viewer, "template.create", null, row);
        });
    }

    Mono<Template> update(Viewer viewer, UUID id, TemplateRequest request) {
        if (request.version() == null) {
            return Mono.error(ApiException.badRequest("validation-failed", "更新时必须提供版本号 version"));
        }
        PlanTemplateRecord fields = editable(request);
        return tx.call(viewer, dsl -> {
            PlanTemplateRecord before = loadOwnDraft(dsl, viewer, id);
            PlanTemplateRecord after = writes.update(dsl, TYPE, before, request.version(),
                    dsl.update(PLAN_TEMPLATE).set(fields));
            return written(dsl, viewer, "template.update", before, after);
        });
    }

    /** 发布: the tiers below (and above) see it from now on. */
    Mono<Template> publish(Viewer viewer, UUID id, int version) {
        return tx.call(viewer, dsl -> {
            PlanTemplateRecord before = loadOwnDraft(dsl, viewer, id);
            if (before.getBody().isBlank()) {
                throw ApiException.badRequest("template-body-required", "模板或指南正文为空，不能发布");
            }
            PlanTemplateRecord after = writes.update(dsl, TYPE, before, version, dsl.update(PLAN_TEMPLATE)
                    .set(PLAN_TEMPLATE.SHARING, Sharing.vertical).set(PLAN_TEMPLATE.PUBLISHED_AT, OffsetDateTime.now()));
            return written(dsl, viewer, "template.publish", before, after);
        });
    }

    private static PlanTemplateRecord editable(TemplateRequest request) {
        PlanTemplateRecord fields = new PlanTemplateRecord();
        TemplateKind kind = kind(request.kind());
        fields.setKind(kind);
        fields.setTitle(request.title().strip());
        if (request.category() != null && !request.category().isBlank()) {
            fields.setCategory(Plans.category(request.category()));
        } else if (kind == TemplateKind.template) {
            throw ApiException.badRequest("template-category-required", "预案模板必须选择预案类别");
        }
        fields.setEventTypes(EventTypes.validate(request.eventTypes()).toArray(String[]::new));
        fields.setDescription(request.description() == null ? "" : request.description().strip());
        fields.setBody(request.body() == null ? "" : request.body());
        return fields;
    }

    private Template written(DSLContext dsl, Viewer viewer, String action, PlanTemplateRecord before,
            PlanTemplateRecord after) {
        String name = tenantName(dsl, after.getTenantCode());
        Template view = view(viewer, after, name);
        writes.written(dsl, viewer, TYPE, action, after.getId(), before == null ? null : view(viewer, before, name), view);
        return view;
    }

    private static PlanTemplateRecord load(DSLContext dsl, UUID id) {
        return TenantRows.load(dsl, PLAN_TEMPLATE, PLAN_TEMPLATE.ID, id, "template-not-found", "模板");
    }

    private static PlanTemplateRecord loadOwnDraft(DSLContext dsl, Viewer viewer, UUID id) {
        PlanTemplateRecord row = TenantRows.own(viewer, load(dsl, id), "只能修改本行政区划的模板");
        if (row.getPublishedAt() != null) {
            throw ApiException.conflict("template-published", "模板已发布，不能再修改；如需调整请新建模板");
        }
        return row;
    }

    private static String tenantName(DSLContext dsl, String code) {
        return dsl.select(TENANT.NAME).from(TENANT).where(TENANT.CODE.eq(code)).fetchOne(TENANT.NAME);
    }

    private static TemplateKind kind(String literal) {
        TemplateKind kind = TemplateKind.lookupLiteral(literal);
        if (kind == null) {
            throw ApiException.badRequest("invalid-template-kind", "模板类型无效，可选值：template（预案模板）、guide（编修指南）");
        }
        return kind;
    }

    private static Template view(Viewer viewer, PlanTemplateRecord r, String tenantName) {
        return new Template(r.getId(), r.getTenantCode(), tenantName, r.getKind().getLiteral(),
                r.getKind() == TemplateKind.template ? "预案模板" : "编修指南", r.getTitle(),
                r.getCategory() == null ? null : r.getCategory().getLiteral(), Arrays.asList(r.getEventTypes()),
                r.getDescription(), r.getBody(), r.getPublishedAt() != null, r.getPublishedAt(),
                r.getTenantCode().equals(viewer.tenant().code()), r.getVersion(), r.getUpdatedAt());
    }
}
