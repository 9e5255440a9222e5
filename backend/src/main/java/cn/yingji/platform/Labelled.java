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

    /** The constant of {@code type} with this literal, if any. */
    static <E extends Enum<E> & Labelled> Optional<E> byLiteral(Class<E> type, String literal) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.literal().equals(literal)).findFirst();
    }
}
