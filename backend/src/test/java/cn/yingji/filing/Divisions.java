package cn.yingji.filing;

import java.nio.file.Path;

import cn.yingji.db.enums.TenantTier;
import cn.yingji.tenancy.TenantRef;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Real divisions and the national policy, as the tenant table holds them. */
final class Divisions {

    static final TenantRef SHANDONG = new TenantRef("370000", "山东省", TenantTier.province, "p37");
    static final TenantRef WEIFANG = new TenantRef("370700", "潍坊市", TenantTier.city, "p37.c3707");
    static final TenantRef WEICHENG = new TenantRef("370702", "潍城区", TenantTier.county, "p37.c3707.x370702");
    static final TenantRef HANTING = new TenantRef("370703", "寒亭区", TenantTier.county, "p37.c3707.x370703");
    static final TenantRef JINAN = new TenantRef("370100", "济南市", TenantTier.city, "p37.c3701");
    static final TenantRef LIXIA = new TenantRef("370102", "历下区", TenantTier.county, "p37.c3701.x370102");
    static final TenantRef HUBEI = new TenantRef("420000", "湖北省", TenantTier.province, "p42");
    static final TenantRef XIANTAO = new TenantRef("429004", "仙桃市", TenantTier.county, "p42.x429004");
    static final TenantRef JIANGXI = new TenantRef("360000", "江西省", TenantTier.province, "p36");
    static final TenantRef FUZHOU = new TenantRef("361000", "抚州市", TenantTier.city, "p36.c3610");
    static final TenantRef DONGXIANG = new TenantRef("361003", "东乡区", TenantTier.county, "p36.c3610.x361003");

    static final TenantLineage SHANDONG_ONLY = TenantLineage.of(SHANDONG);
    static final TenantLineage WEIFANG_CITY = TenantLineage.of(SHANDONG, WEIFANG);
    static final TenantLineage WEICHENG_COUNTY = TenantLineage.of(SHANDONG, WEIFANG, WEICHENG);
    static final TenantLineage HANTING_COUNTY = TenantLineage.of(SHANDONG, WEIFANG, HANTING);
    static final TenantLineage LIXIA_COUNTY = TenantLineage.of(SHANDONG, JINAN, LIXIA);
    static final TenantLineage XIANTAO_COUNTY = TenantLineage.of(HUBEI, XIANTAO);
    static final TenantLineage DONGXIANG_COUNTY = TenantLineage.of(JIANGXI, FUZHOU, DONGXIANG);

    private Divisions() {
    }

    /** The effective policy of a tenant without overrides: national.yaml itself. A fresh copy each call. */
    static ObjectNode nationalPolicy() {
        return (ObjectNode) YAMLMapper.shared().readTree(Path.of("../tenants/policies/national.yaml").toFile());
    }

    static JsonNode yaml(String text) {
        return YAMLMapper.shared().readTree(text);
    }
}
