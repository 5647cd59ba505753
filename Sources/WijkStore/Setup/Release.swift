/// This build of Wijkdesk.
public enum Release {
    /// What `wijk --version` prints, and the version a workstation's snapshot cache is written for: a cache
    /// written by another version is not read (`StoreCache.load`).
    public static let version = "0.1.0"
}
