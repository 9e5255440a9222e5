package cn.yingji.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.yingji.db.enums.Sharing;

class SharingRuleTest {

    static final String SHANDONG = "p37";
    static final String WEIFANG = "p37.c3707";
    static final String WEICHENG = "p37.c3707.x370702";
    static final String HANTING = "p37.c3707.x370703";
    static final String JINAN = "p37.c3701";

    @Test
    void ownerReadsEverySharingValue() {
        for (Sharing s : Sharing.values()) {
            assertThat(SharingRule.canRead(WEICHENG, WEICHENG, s)).as(s.getLiteral()).isTrue();
        }
    }

    @Test
    void ancestorsReadWhatIsSharedUp() {
        assertThat(SharingRule.canRead(WEIFANG, WEICHENG, Sharing.up)).isTrue();
        assertThat(SharingRule.canRead(SHANDONG, WEICHENG, Sharing.vertical)).isTrue();
        assertThat(SharingRule.canRead(SHANDONG, WEICHENG, Sharing.private_)).isFalse();
        assertThat(SharingRule.canRead(WEIFANG, WEICHENG, Sharing.down)).isFalse();
    }

    @Test
    void descendantsReadWhatIsSharedDown() {
        assertThat(SharingRule.canRead(WEICHENG, SHANDONG, Sharing.down)).isTrue();
        assertThat(SharingRule.canRead(WEICHENG, WEIFANG, Sharing.vertical)).isTrue();
        assertThat(SharingRule.canRead(WEICHENG, WEIFANG, Sharing.up)).isFalse();
        assertThat(SharingRule.canRead(WEICHENG, WEIFANG, Sharing.private_)).isFalse();
    }

    @Test
    void siblingsAndCousinsReadOnlyPublicRows() {
        for (Sharing s : Sharing.values()) {
            boolean expected = s == Sharing.public_;
            assertThat(SharingRule.canRead(HANTING, WEICHENG, s)).as("sibling " + s.getLiteral()).isEqualTo(expected);
            assertThat(SharingRule.canRead(JINAN, WEICHENG, s)).as("cousin " + s.getLiteral()).isEqualTo(expected);
        }
    }

    @Test
    void labelPrefixIsNotAncestry() {
        // p37.c3707 is not an ancestor of p37.c37071 even though it is a string prefix
        assertThat(SharingRule.canRead("p37.c3707", "p37.c37071", Sharing.up)).isFalse();
    }

    @Test
    void lineageListsEveryAncestorAndSelf() {
        assertThat(SharingRule.lineage(WEICHENG)).containsExactly("p37", "p37.c3707", "p37.c3707.x370702");
        assertThat(SharingRule.lineage("p11")).containsExactly("p11");
    }

    @Test
    void searchFilterHasTheFourCases() {
        String query = SharingRule.filter(WEICHENG).toString();
        assertThat(query).contains("\"tenant_path\":{\"value\":\"p37.c3707.x370702\"")
                .contains("\"tenant_lineage\":{\"value\":\"p37.c3707.x370702\"")
                .contains("\"minimum_should_match\":\"1\"")
                .contains("[\"p37\",\"p37.c3707\",\"p37.c3707.x370702\"]");
    }
}
