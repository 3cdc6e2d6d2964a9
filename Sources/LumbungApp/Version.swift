/// The version of Lumbung.
public enum Version {
    /// Printed by `lumbung --version` and served in `/openapi.json`.
    public static let current = "0.1.0"
}
