package cn.yingji.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.AttachmentRole;
import cn.yingji.platform.ApiException;
import tools.jackson.databind.node.ObjectNode;

class FilingMaterialsTest {

    private static final FilingMaterials NATIONAL = new FilingMaterials(Divisions.nationalPolicy());

    @Test
    void governmentPlansCarryTheTextAndTheCompilationNote() {
        for (OwnerUnitKind owner : List.of(OwnerUnitKind.GOVERNMENT, OwnerUnitKind.DEPARTMENT, OwnerUnitKind.TOWNSHIP,
                OwnerUnitKind.VILLAGE)) {
            assertThat(NATIONAL.required(owner)).as(owner.literal())
                    .containsExactly(FilingMaterial.TEXT, FilingMaterial.COMPILATION_NOTE);
        }
    }

    @Test
    void enterpriseAndInstitutionPlansAlsoCarryTheFourMaterialsOfTheEnterpriseRule() {
        for (OwnerUnitKind owner : List.of(OwnerUnitKind.ENTERPRISE, OwnerUnitKind.INSTITUTION)) {
            assertThat(NATIONAL.required(owner)).as(owner.literal()).containsExactly(FilingMaterial.TEXT,
                    FilingMaterial.COMPILATION_NOTE, FilingMaterial.FILING_FORM, FilingMaterial.REVIEW_OPINION,
                    FilingMaterial.RISK_ASSESSMENT, FilingMaterial.RESOURCE_SURVEY);
        }
    }

    @Test
    void whatIsMissingIsNamedInChineseAndByRole() {
        assertThatThrownBy(() -> NATIONAL.requireComplete(OwnerUnitKind.GOVERNMENT, Set.of(FilingMaterial.TEXT,
                FilingMaterial.HANDBOOK)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("filing-materials-missing");
                    assertThat(e.detail()).startsWith("缺少备案材料：编制说明");
                    assertThat(e.extra()).containsEntry("missing", List.of("compilation_note"));
                });
        assertThatThrownBy(() -> NATIONAL.requireComplete(OwnerUnitKind.ENTERPRISE, Set.of()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.detail()).startsWith("缺少备案材料：预案正文、编制说明、备案申报表、评审意见、风险评估结果、应急资源调查清单");
                    assertThat(e.extra()).containsEntry("missing", List.of("text", "compilation_note", "filing_form",
                            "review_opinion", "risk_assessment", "resource_survey"));
                });
        NATIONAL.requireComplete(OwnerUnitKind.DEPARTMENT, Set.of(FilingMaterial.TEXT, FilingMaterial.COMPILATION_NOTE));
    }

    @Test
    void theChecklistListsTheRequiredMaterialsFirstThenEveryOtherRole() {
        List<FilingMaterials.Item> items = NATIONAL.checklist(OwnerUnitKind.GOVERNMENT, Set.of(FilingMaterial.COMPILATION_NOTE,
                FilingMaterial.HANDBOOK));

        assertThat(items).hasSize(FilingMaterial.values().length);
        assertThat(items.subList(0, 2)).containsExactly(
                new FilingMaterials.Item(FilingMaterial.TEXT, true, false),
                new FilingMaterials.Item(FilingMaterial.COMPILATION_NOTE, true, true));
        assertThat(items).contains(new FilingMaterials.Item(FilingMaterial.HANDBOOK, false, true),
                new FilingMaterials.Item(FilingMaterial.FILING_FORM, false, false));
    }

    @Test
    void theListComesFromThePolicyAndAnUnknownMaterialIsADataError() {
        ObjectNode policy = Divisions.nationalPolicy();
        ((ObjectNode) policy.at("/filing/requiredMaterials")).putArray("government").add("text").add("review_opinion");
        assertThat(new FilingMaterials(policy).required(OwnerUnitKind.GOVERNMENT))
                .containsExactly(FilingMaterial.TEXT, FilingMaterial.REVIEW_OPINION);

        ((ObjectNode) policy.at("/filing/requiredMaterials")).putArray("enterprise").add("text").add("seal");
        assertThatThrownBy(() -> new FilingMaterials(policy)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("unknown material 'seal'");
    }

    @Test
    void everyAttachmentRoleIsAFilingMaterialAndBackAgain() {
        assertThat(Arrays.stream(FilingMaterial.values()).map(FilingMaterial::literal))
                .containsExactlyElementsOf(Arrays.stream(AttachmentRole.values()).map(AttachmentRole::getLiteral).toList());
    }
}
