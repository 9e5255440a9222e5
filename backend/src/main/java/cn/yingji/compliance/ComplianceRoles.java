package cn.yingji.compliance;

/** Who may read compliance figures: the dashboard and the bulletins that print it (one role check for both). */
public final class ComplianceRoles {

    /** The officials of every tier: a county sees itself, a city its counties, a province its cities. */
    public static final String OFFICIALS = "hasAnyRole('county_officer', 'city_official', 'province_official')";

    private ComplianceRoles() {
    }
}
