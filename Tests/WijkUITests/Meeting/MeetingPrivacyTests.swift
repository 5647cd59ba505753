import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("What the projector and the pseudonymised minutes never show, for every demo household")
struct MeetingPrivacyTests {
    /// The demo store as shipped, with a meeting that has every household on its agenda.
    func demo() throws -> (AppState, Meeting) {
        let snapshot = try StoreReader.read(Repository.path("seeds"))
        let viewer = snapshot.workers.first { $0.role == .coordinator }
        let state = AppState(snapshot: snapshot, viewer: viewer, storeLabel: "demo", now: Fixture.now)
        let items = snapshot.dossiers.map { dossier in
            Meeting.Item(subject: .household(dossier.id), reasons: [.added], minutes: 5,
                         decision: "Besproken met " + (dossier.members.first?.name ?? dossier.household.name) + ".")
        } + snapshot.requests.map { Meeting.Item(subject: .request($0.id), reasons: [.newRequest], minutes: 5) }
        return (state, Meeting(date: Fixture.now.day, chair: viewer!.id, items: items))
    }

    /// Full names, house numbers, BSNs, phone numbers, e-mail addresses and dates of birth of a household.
    func secrets(_ dossier: Dossier) -> [String] {
        let h = dossier.household
        var found = [h.name, h.street, h.phone, h.email].filter { $0.count > 2 }
        for m in dossier.members {
            found += [m.name, m.bsn, m.phone].filter { $0.count > 2 }
            if let born = m.born { found += [born.dutch, born.iso] }
        }
        return found
    }

    @Test("Every demo household and request, with and without its details, also a restricted one after emergency access, shows no full name, house number, BSN, phone, e-mail or birth date")
    func privacyView() throws {
        var (state, meeting) = try demo()
        let names = Pseudonymiser(names: Projector.names(of: meeting.items.map(\.subject), state.workspace))
        let restricted = state.snapshot.dossiers.filter { $0.household.confidentiality == .restricted }.map(\.id)
        #expect(!restricted.isEmpty, "the demo has a restricted household")
        for (item, details, granted) in meeting.items.flatMap({ item in [(item, false, false), (item, true, false), (item, true, true)] }) {
            state.workspace.grants = granted ? Set(restricted) : []
            let lines = MeetingView.lines(item, state.workspace, details: details, names: names, width: 76, today: Fixture.now.day)
            let text = MeetingView.title(item, state.workspace) + "\n"
                + lines.map { $0.map(\.text).joined() }.joined(separator: "\n")
            switch item.subject {
            case .household(let id):
                let dossier = try #require(state.workspace.dossier(id))
                for secret in secrets(dossier) { #expect(!text.contains(secret), "\(id): \(secret)") }
            case .request(let id):
                let request = try #require(state.workspace.request(id))
                for secret in [request.name, request.phone, request.email, request.bsn, request.requesterPhone].filter({ $0.count > 2 }) {
                    #expect(!text.contains(secret), "\(id): \(secret)")
                }
                if request.street.contains(where: \.isNumber) { #expect(!text.contains(request.street), "\(id): house number") }
            }
        }
    }

    @Test("The pseudonymised minutes of that meeting show none of them either, not even in the decisions; --full does")
    func minutes() throws {
        let (state, meeting) = try demo()
        let report = MeetingReport.text(meeting, state.snapshot, format: .md, full: false, strings: Strings(.nl))
        for dossier in state.snapshot.dossiers {
            for secret in secrets(dossier) { #expect(!report.contains(secret), "\(dossier.id): \(secret)") }
        }
        let full = MeetingReport.text(meeting, state.snapshot, format: .txt, full: true, strings: Strings(.nl))
        let first = try #require(state.snapshot.dossiers.first { !$0.members.isEmpty && $0.household.confidentiality == .normal })
        #expect(full.contains(first.household.name) && full.contains(first.members[0].name))
        #expect(full.hasPrefix("Teamoverleg 23-11-2026 — Sociaal team Ten Boer\n====="))
    }
}
