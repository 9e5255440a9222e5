package cn.yingji.platform;

/**
 * 坐标: a located record's place in WGS 84, within China's extent (the tables' check constraints say the same); a
 * request's coordinates are checked here so a bad one gets its own message instead of a constraint's.
 */
public final class Coordinates {

    private Coordinates() {
    }

    /** Both or neither given, and within 73–136° E, 3–54° N; 400 {@code invalid-coordinates} otherwise. */
    public static void check(Double longitude, Double latitude) {
        if ((longitude == null) != (latitude == null)) {
            throw ApiException.badRequest("invalid-coordinates", "经度和纬度须同时填写");
        }
        if (longitude != null && (!(longitude >= 73 && longitude <= 136) || !(latitude >= 3 && latitude <= 54))) {
            throw ApiException.badRequest("invalid-coordinates",
                    "坐标不在我国范围内（经度 73–136，纬度 3–54）：" + longitude + ", " + latitude);
        }
    }
}
