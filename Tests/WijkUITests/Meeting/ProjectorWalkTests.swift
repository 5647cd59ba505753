import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

/// Every screen the projector can show during a team meeting on a copy of the demo store, at 80×24 and
/// 120×40, and every way out of it: none names a client.
@Suite("Projector mode: no screen of the meeting names a client, on every path in and out", .serialized)
struct ProjectorWalkTests {
    /// A fresh copy of the demo store, with the coordinator Anouk Bakker (PIN 1111) signed in.
    final class Walk {
        let store: TemporaryStore
        var state: AppState
        var now = Fixture.now
        /// What the projector showed, with where.
        var screens: [(label: String, text: String)] = []

        init() throws {
            store = try TemporaryStore(info: false)
            try FileManager.default.removeItem(atPath: store.root)
            _ = try DemoStore.prepare(seeds: Repository.path("seeds"), target: store.root, today: Fixture.now.day)
            let snapshot = try StoreReader.read(store.root)
            state = AppState(snapshot: snapshot, viewer: snapshot.worker("w-ab"), storeLabel: "~/teststore",
                             workstation: "beamer", writer: StoreWriter(root: store.root, workstation: "beamer"),
                             audit: AuditLog(root: store.root, workstation: "beamer"), now: Fixture.now)
        }

        /// Presses keys a second apart (the lock screen drops what comes in the moment it appears).
        func press(_ keys: Key...) {
            for key in keys {
                now = LocalTime(day: now.day, hour: now.hour, minute: now.minute, instant: Timestamp(seconds: now.instant.seconds + 1))
                _ = state.handle(key, size: Fixture.size, now: now)
            }
        }

        /// Lets `seconds` go by without a key.
        func wait(_ seconds: Int64) {
            now = LocalTime(day: now.day, hour: now.hour, minute: now.minute, instant: Timestamp(seconds: now.instant.seconds + seconds))
        }

        func type(_ text: String, looking label: String? = nil) {
            for c in text {
                press(.character(c))
                if let label { look(label + " after “" + String(c) + "”") }
            }
        }

        /// Keeps what the screen shows now, at 80×24 and 120×40.
        func look(_ label: String) {
            screens.append((label, AppView.render(state, size: Fixture.size, now: now).text))
            screens.append((label + " at 120×40", AppView.render(state, size: Size(columns: 120, rows: 40), now: now).text))
        }

        var meeting: MeetingScreen? { state.workspace.layers.last { $0 is MeetingScreen } as? MeetingScreen }
        var top: (any Layer)? { state.workspace.layers.last }
    }

    /// Every household's and member's full name, every house number, phone number, e-mail address, BSN and date
    /// of birth in the store, and the requests' names, addresses and contact details.
    func secrets(_ snapshot: StoreSnapshot) -> (names: [String], strings: [String]) {
        var names: [String] = []
        var strings: [String] = []
        // A baby's birthday that is also the date of a journal entry elsewhere cannot be told from that date.
        let dated = Set(snapshot.dossiers.flatMap { $0.journal.map(\.date) + $0.assessments.map(\.date) })
        for dossier in snapshot.dossiers {
            let h = dossier.household
            names.append(h.name)
            strings += [h.phone, h.email]
            if h.street.contains(where: \.isNumber) { strings.append(h.street) }
            for m in dossier.members {
                names.append(m.name)
                strings += [m.bsn, m.phone]
                if let born = m.born, !dated.contains(born) { strings += [born.dutch, born.iso] }
            }
        }
        for r in snapshot.requests {
            names.append(r.name)
            strings += [r.phone, r.email, r.bsn]
            if r.street.contains(where: \.isNumber) { strings.append(r.street) }
        }
        return (names.filter { $0.count > 2 }, strings.filter { $0.count > 4 })
    }

    /// The secrets on `screen`: names as whole words, the rest anywhere, looked for in one pass of one
    /// expression each (hundreds of searches in a thousand screens one by one take half a minute). Workers'
    /// names are not clients' (Jantina Huizinga is a worker; Huizinga is also a household).
    func leaks(_ screen: String, names: NSRegularExpression, strings: NSRegularExpression, workers: [Worker]) -> [String] {
        var text = screen
        for worker in workers where screen.contains(worker.name) {
            text = text.replacingOccurrences(of: worker.name, with: worker.initials)
        }
        let range = NSRange(text.startIndex..., in: text)
        return (names.matches(in: text, range: range) + strings.matches(in: text, range: range)).compactMap {
            Range($0.range, in: text).map { String(text[$0]) }
        }
    }

    static func pattern(_ words: [String], wholeWords: Bool) throws -> NSRegularExpression {
        let either = "(?:" + Set(words).sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern).joined(separator: "|") + ")"
        return try NSRegularExpression(pattern: wholeWords ? "(?<![\\p{L}])" + either + "(?![\\p{L}])" : either)
    }

    @Test("Agenda, help, forms, the picker typed towards every household, each item and its details, a restricted one after doorbreekglas, a decision naming members, undo, the summary, every way out")
    func walk() throws {
        let walk = try Walk()
        let snapshot = walk.state.snapshot
        walk.press(.character("M"))
        walk.look("agenda")
        #expect(walk.state.workspace.projector != nil)
        walk.press(.character("?"))
        walk.look("help")
        let help = AppView.render(walk.state, size: Size(columns: 80, rows: 400), now: walk.now).text
        #expect(help.contains("Projectiemodus") && help.contains("Het overleg verlaten"), "the help describes projector mode and leaving it")
        walk.press(.escape, .character("a"))
        walk.look("who is present")
        walk.press(.escape, .character("t"))
        walk.look("time for an item")
        walk.press(.escape, .character("L"))
        walk.look("idle lock")
        walk.press(.escape)

        // + typed towards every household the picker offers, letter by letter.
        walk.press(.character("+"))
        walk.look("picker")
        let offered = snapshot.dossiers.filter { dossier in
            dossier.household.status != .closed && dossier.household.confidentiality == .normal
                && !(walk.meeting?.meeting.items.contains { $0.subject == .household(dossier.id) } ?? true)
        }
        #expect(!offered.isEmpty)
        for dossier in offered {
            walk.press(.ctrl("u"))
            walk.type(dossier.household.name, looking: "picker typed towards " + dossier.id)
            #expect(walk.state.form?.value("Household") == dossier.id, "typing the name finds \(dossier.id)")
        }
        walk.press(.escape)
        if walk.state.form != nil { walk.press(.character("j")) }
        #expect(walk.top is MeetingScreen)

        // Each item, and its details; a restricted household's only after doorbreekglas with a reason.
        walk.press(.enter)
        let items = walk.meeting?.active ?? []
        var restrictedSeen = 0
        for index in items {
            walk.look("item \(index + 1)")
            walk.press(.character("r"))
            if walk.top is Question {
                restrictedSeen += 1
                walk.look("item \(index + 1): the doorbreekglas question")
                walk.press(.character("j"))
                walk.look("item \(index + 1): the reason")
                walk.type("Crisisbespreking", looking: "item \(index + 1): the reason")
                walk.press(.enter)
            }
            walk.look("item \(index + 1) details")
            walk.screens.append(("item \(index + 1) details whole",
                                 AppView.render(walk.state, size: Size(columns: 80, rows: 200), now: walk.now).text))
            walk.press(.character("G"))
            walk.look("item \(index + 1) details, the end")
            walk.press(.character("r"), .character("n"))
        }
        #expect(restrictedSeen >= 1, "the restricted households on the agenda asked for doorbreekglas")
        let audit = AuditLog.read(root: walk.store.root).entries.map(\.event)
        #expect(audit.filter { $0.action == .emergencyAccess && $0.reason == "Crisisbespreking" }.count == restrictedSeen)
        #expect(audit.filter { $0.action == .open && $0.reason == "meeting-reveal" }.count == items.count - restrictedSeen)

        // A decision on the first household item with members, typed with their full names.
        walk.press(.escape)
        let first = try #require(items.first { index in
            guard case .household(let id) = walk.meeting!.meeting.items[index].subject,
                  let dossier = walk.state.workspace.dossier(id) else { return false }
            return dossier.members.count >= 2 && dossier.household.confidentiality == .normal
        })
        while walk.meeting!.selected != first { walk.press(walk.meeting!.selected < first ? .down : .up) }
        walk.press(.enter, .character("b"))
        guard case .household(let id) = walk.meeting!.meeting.items[first].subject else { return }
        let dossier = try #require(walk.state.workspace.dossier(id))
        // Also a client who is not on the agenda, with the street and house number where they live.
        let elsewhere = try #require(offered.first { !$0.members.isEmpty && $0.household.street.contains(where: \.isNumber) })
        walk.type("Besproken met " + dossier.members[0].name + " en " + dossier.members[1].name + " (" + dossier.household.name
                  + "). Ook " + elsewhere.members[0].name + ", " + elsewhere.household.street + ", belt.", looking: "the decision")
        walk.press(.tab)
        walk.type("Gesprek met " + dossier.members[0].name, looking: "the new action")
        walk.press(.ctrl("s"))
        walk.look("the item decided")
        walk.press(.character("u"))
        walk.look("the undo question")
        walk.press(.character("j"))
        walk.look("the decision undone")

        // A decision on a request that names a regisseur opens the new household's form, as the room may see it.
        if let request = items.first(where: { if case .request = walk.meeting!.meeting.items[$0].subject { return true }; return false }) {
            walk.press(.enter)
            while walk.meeting!.selected != request { walk.press(walk.meeting!.selected < request ? .down : .up) }
            walk.press(.enter, .character("b"))
            walk.type("Nieuw huishouden, EV wordt regisseur.", looking: "the request's decision")
            walk.press(.tab, .character("E"), .character("s"))
            walk.look("the request's decision, regisseur chosen")
            walk.press(.ctrl("s"))
            walk.look("the new household's form from the request")
            #expect(walk.state.form?.title == walk.state.workspace.strings(.newHouseholdTitle))
            walk.press(.ctrl("s"))
            walk.look("the new household saved")
        }

        // The end, the summary, and every way out.
        walk.press(.character("e"))
        walk.look("the end asked")
        walk.press(.character("j"))
        walk.look("summary")
        walk.press(.escape)
        walk.look("leaving asked")
        walk.press(.character("n"), .character("q"))
        walk.look("leaving asked by q")
        walk.press(.escape, .ctrl("l"))
        walk.look("locked in the meeting")
        walk.wait(5)
        walk.type("1111")
        walk.press(.enter)
        walk.look("unlocked: back in the meeting")
        #expect(walk.top is MeetingScreen && walk.state.workspace.projector != nil, "the PIN brings the meeting back")
        walk.press(.enter)
        walk.look("leaving asked by Enter in the summary")
        walk.press(.character("p"))
        walk.look("left to go on working: the lock screen")
        #expect(walk.state.gate != .open && walk.state.workspace.projector == nil)

        let workers = snapshot.workers
        let secrets = secrets(snapshot)
        let names = try Self.pattern(secrets.names, wholeWords: true)
        let strings = try Self.pattern(secrets.strings, wholeWords: false)
        var leaked = 0
        for (label, text) in walk.screens {
            let found = leaks(text, names: names, strings: strings, workers: workers)
            if !found.isEmpty {
                leaked += 1
                if leaked <= 5 { Issue.record("\(found) on the projector: \(label)\n\(text)") }
            }
        }
        #expect(leaked == 0, "\(leaked) of \(walk.screens.count) screens name a client")
        #expect(walk.screens.count > 500)
    }
}
