/// What became of a save.
public enum SaveOutcome: Sendable, Equatable {
    /// Written (merged with changes from elsewhere where needed): this version is now on disk.
    case saved(FileVersion)
    /// The same field was changed here and on disk: nothing was written. `merged` holds every
    /// change that could be combined, with the disk's values in the conflicting fields; save
    /// again with `disk` as base once a person has chosen.
    case conflicts(merged: [RecordSet], conflicts: [FieldConflict], disk: FileVersion?)
}
