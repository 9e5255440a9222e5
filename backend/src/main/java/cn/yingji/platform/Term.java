package cn.yingji.platform;

import java.util.Locale;

/**
 * A {@link Labelled} enumeration whose literal is its constant's name in lower case ({@code FOLLOW_UP} →
 * {@code follow_up}, the database enum's value): such an enum declares only its Chinese labels.
 */
public interface Term extends Labelled {

    /** The constant's name, as every enum has it. */
    String name();

    @Override
    default String literal() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} with this literal; for values read back from the database. */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String literal) {
        return Labelled.byLiteral(type, literal).orElseThrow(() -> new IllegalArgumentException(
                "unknown " + type.getSimpleName() + ": " + literal));
    }
}
