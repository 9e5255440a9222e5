package cn.yingji.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * An enumeration kept and sent as a literal (the database enum's value, the API's and the policy's) and shown to
 * users by its Chinese label: the one way such an enumeration is read back from a literal.
 */
public interface Labelled {

    /** The value in the database, the API and the policy files. */
    String literal();

    /** What users read. */
    String label();

    /**
     * The constant of {@code type} a request names by its literal, or 400 {@code code} naming what was asked for
     * ({@code what}, e.g. 事项类型) and every literal with its label to choose from.
     */
    static <E extends Enum<E> & Labelled> E parse(Class<E> type, String literal, String code, String what) {
        return byLiteral(type, literal).orElseThrow(() -> ApiException.badRequest(code, what + "无效，可选值："
                + String.join("、", Arrays.stream(type.getEnumConstants()).map(e -> e.literal() + "（" + e.label() + "）")
                        .toList())));
    }

    /** The constant of {@code type} with this literal, if any. */
    static <E extends Enum<E> & Labelled> Optional<E> byLiteral(Class<E> type, String literal) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.literal().equals(literal)).findFirst();
    }
}
