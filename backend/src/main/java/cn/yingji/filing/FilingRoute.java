package cn.yingji.filing;

import java.util.List;
import java.util.Optional;

/**
 * Where a plan is filed (备案路由): the authority that keeps the record, the unit the materials are delivered
 * through when that is a different unit of the same tier (径送), and who receives copies (抄送).
 *
 * @param description zh-CN, e.g. 报潍坊市人民政府备案，经潍坊市应急管理局报送，抄送潍坊市有关部门
 */
public record FilingRoute(FilingParty authority, Optional<FilingParty> deliverVia, List<FilingParty> copyTo,
        String description) {

    public FilingRoute {
        copyTo = List.copyOf(copyTo);
    }
}
