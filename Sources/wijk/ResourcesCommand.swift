import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// `wijk resources import|export`: the sociale kaart from and to the spreadsheets municipalities keep it in.
enum ResourcesCommand {
    /// Checks every row first; with problems nothing is imported (unless `--skip-invalid`), then each resource
    /// is added or updated in a file of its own, audited under the system account.
    static func importSheet(store: String, file: String, skipInvalid: Bool, force: Bool, dryRun: Bool,
                            strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        let label = Printable.escaped(file)
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            Wijk.printError(t(.fileUnreadable, label, (error as NSError).localizedDescription))
            return 1
        }
        let sheet: CSVReader.Sheet
        do {
            sheet = try CSVReader.read(bytes)
        } catch {
            switch error {
            case .unclosedQuote(let line): Wijk.printError(t(.sheetProblem, label, String(line), t(.problem(.unclosedQuote))))
            case .binary: Wijk.printError(t(.sheetProblem, label, "1", t(.problem(.binary))))
            }
            return 1
        }
        let read = ResourceSheet.read(sheet, .standard, today: now.day)
        for problem in read.problems {
            if let column = problem.column {
                Wijk.printError(t(.sheetProblemField, label, String(problem.line), Printable.escaped(column),
                                  t(.fieldProblem(problem.kind))))
            } else {
                Wijk.printError(t(.sheetProblem, label, String(problem.line), t(.problem(problem.kind))))
            }
        }
        let headerLine = sheet.rows.first?.line ?? 1
        if read.problems.contains(where: { $0.line == headerLine }) {
            Wijk.printError(t(.importHeaderRefused))
            return 1
        }
        if !read.problems.isEmpty && !skipInvalid {
            Wijk.printError(t(.importNothing, String(read.problems.count)))
            return 1
        }
        let here = Wijk.workstation()
        let writer = StoreWriter(root: store, workstation: here)
        let steps: [ResourceImport.Step]
        do {
            steps = try ResourceImport.plan(read.rows, existing: snapshot.resources, writer: writer, force: force,
                                            today: now.day)
        } catch {
            Wijk.printError(t(.importFailed, error.described(t)))
            return 1
        }
        for step in steps where !step.kept.isEmpty {
            let columns = step.kept.compactMap { field in read.columns.first { $0.field == field }?.headers[0] }
            print(t(.importKept, label, String(step.line), columns.joined(separator: ", ")))
        }
        let skipped = Set(read.problems.map(\.line)).count
        let summary = t(.importSummary, String(steps.filter { $0.outcome == .added }.count),
                        String(steps.filter { $0.outcome == .updated }.count),
                        String(steps.filter { $0.outcome == .unchanged }.count), String(skipped))
        if dryRun {
            print(t(.importDryRun) + summary)
            return 0
        }
        let collided: [ResourceImport.Step]
        do {
            collided = try ResourceImport.apply(steps, writer: writer)
        } catch {
            Wijk.printError(t(.importFailed, error.described(t)))
            return 1
        }
        for step in collided { Wijk.printError(t(.importCollided, label, String(step.line), step.id)) }
        let audit = try? AuditLog(root: store, workstation: here)
        let written = Set(collided.map(\.id))
        for step in steps where step.outcome != .unchanged && !written.contains(step.id) {
            _ = try? audit?.append(AuditEvent(time: now.instant, worker: Wijk.commandUser(), workstation: here,
                                              action: step.outcome == .added ? .create : .change, object: step.id))
        }
        print(summary)
        return collided.isEmpty ? 0 : 1
    }

    /// The whole sociale kaart, low-threshold first: CSV for Excel (or a recfile), to a file in one go or to
    /// standard output.
    static func export(store: String, asRecfile: Bool, output: String?, dialect: CSV.Dialect = .excel,
                       strings t: Strings) -> Int32 {
        guard let snapshot = Wijk.readStore(store, t) else { return 1 }
        let now = SystemClock.now()
        guard Wijk.auditExport(store, object: "resources", now: now, t) else { return 1 }
        let resources = snapshot.resources.sorted(by: Resource.inListOrder)
        let bytes = asRecfile
            ? Array(RecfileWriter.format([Schema.set("Resource", resources.map { StoreEncoder.resource($0) })]).utf8)
            : CSV.file(ResourceSheet.rows(resources, .standard), dialect)
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return 0
        }
        do {
            try ExportFile.write(output, bytes: bytes)
        } catch {
            Wijk.printError(t(.ioError, Printable.escaped(output), error.described(t)))
            return 1
        }
        Wijk.printError(t(.exportWritten, String(resources.count), Printable.escaped(output)))
        return 0
    }
}
