package cn.yingji.experts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;

/**
 * 利益冲突回避: an expert who works for the unit that owns a plan may not review that plan. The expert is
 * affiliated with the unit either by reference ({@code affiliation_unit_id}) or by the name of their
 * organization, compared after {@link #organizationKey normalization}.
 */
final class ConflictOfInterest {

    private ConflictOfInterest() {
    }

    static boolean conflicts(UUID expertUnitId, String expertOrganization, UUID planOwnerUnitId, String planOwnerUnitName) {
        if (expertUnitId != null && expertUnitId.equals(planOwnerUnitId)) {
            return true;
        }
        String key = organizationKey(expertOrganization);
        return !key.isEmpty() && key.equals(organizationKey(planOwnerUnitName));
    }

    /**
     * The form in which two spellings of one organization's name compare equal: full-width letters and digits
     * folded (NFKC), case folded, whitespace, punctuation and symbols dropped — {@code 潍城区 应急管理局（本级）} and
     * {@code 潍城区应急管理局(本级)} are one organization. Stored in the search index, so matching can exclude it.
     */
    static String organizationKey(String name) {
        if (name == null) {
            return "";
        }
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\p{P}\\p{S}]+", "");
    }
}
