import WijkDomain
import WijkStore

/// Where each side of a collision came from, as the conflict window and `wijk merge` say it: who made the
/// value, on which workstation, when, and which of the two is newer.
public enum ConflictOrigin {
    /// `AB · werkplek-b · 08-12-2026 10:12`; "onbekend" when the version does not say (written before
    /// versions said who saved them).
    public static func text(_ saved: FileVersion.Saved?, workers: [Worker], now: LocalTime, _ t: Strings) -> String {
        guard let saved else { return t(.conflictOriginUnknown) }
        let who = workers.first { $0.id == saved.worker }?.initials ?? (saved.worker.isEmpty ? nil : saved.worker)
        let when = now.local(saved.time)
        return ([who, saved.workstation].compactMap { $0 }.map(Printable.escaped) + [when.day.dutch + " " + when.clock])
            .joined(separator: " · ")
    }

    /// A store field as the forms name it (`Phone` → "Telefoon"); the record's key for a whole record.
    public static func field(_ conflict: FieldConflict, _ t: Strings) -> String {
        conflict.field.isEmpty ? conflict.key : ConflictView.label(conflict.field, t)
    }

    /// The origin of both sides (this workstation's or the copy's first), each with "nieuwer" on the later one.
    public static func sides(_ conflict: FieldConflict, workers: [Worker], now: LocalTime, _ t: Strings) -> (String, String) {
        var ours = text(conflict.oursSaved, workers: workers, now: now, t)
        var theirs = text(conflict.theirsSaved, workers: workers, now: now, t)
        switch conflict.theirsIsNewer {
        case true?: theirs += " · " + t(.conflictNewer)
        case false?: ours += " · " + t(.conflictNewer)
        case nil: break
        }
        return (ours, theirs)
    }
}
