import Foundation
import Testing
import TestSupport
import WijkDomain
import WijkStore
@testable import WijkUI

@Suite("Choosing from a long list by typing")
struct TypeAheadTests {
    /// The plan of the fixture's first household with a sociale kaart of 500 resources besides the fixture's own.
    func state() -> AppState {
        var snapshot = Fixture.snapshot
        snapshot.resources += (0..<500).map { i in
            Resource(id: String(format: "r-%03d", i), name: ["Buurthuis", "Taalcafé", "Sportclub", "Inloop"][i % 4] + " \(i)",
                     kind: i % 5 == 0 ? .tailored : .basic)
        }
        var state = Fixture.state(snapshot: snapshot)
        Fixture.press(&state, .enter)
        return state
    }

    @Test("Typing on a choice picks the first option that matches, case and accents aside; ←/→ then go through the matches")
    func typeAhead() {
        var state = state()
        Fixture.press(&state, .character("A"))
        Fixture.choose(&state, "Wie", "regisseur")
        #expect(Fixture.render(state).contains("typ om te zoeken"))
        Fixture.type(&state, "voed")
        #expect(state.form?.fields[1].shown == "Voedselbank Ten Boer")
        #expect(Fixture.render(state).contains("“voed”: 1 van"))
        expectScreen(Fixture.render(state), """
             Wijkdesk · Sociaal team Ten Boer · ~/.local/share/wijkde…  ma 23-11-2026 09:30
            ┌─ Nieuwe actie ───────────────────────────────────────────────────────────────┐
            │ Wat *                                                                        │
            │ Wie         ‹ Voedselbank Ten Boer ›            “voed”: 1 van 506            │
            │ Doel        ‹ — ›                                                            │
            │ Uiterlijk                                                                    │
            │ Status      ‹ open ›                                                         │
            │                                                                              │
            │ * verplicht                                                                  │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────── Tab volgend veld · Enter/Ctrl-S opslaan · Esc annuleren ─┘
             AB Anouk Bakker (demo)
            """, name: "type-ahead")
        Fixture.press(&state, .ctrl("u"))
        Fixture.type(&state, "taalcafe 49")
        #expect(state.form?.fields[1].shown == "Taalcafé 49")
        Fixture.press(&state, .right)
        #expect(state.form?.fields[1].shown == "Taalcafé 493", "the next match in list order, not the next option")
        Fixture.press(&state, .left, .left)
        #expect(state.form?.fields[1].shown == "Taalcafé 449")
        Fixture.type(&state, "x")
        #expect(Fixture.render(state).contains("“taalcafe 49x”: niets"))
        #expect(state.form?.fields[1].shown == "Taalcafé 449", "no match leaves the choice as it was")
        Fixture.press(&state, .backspace, .tab)
        #expect(state.form?.queries.isEmpty == true, "leaving the field forgets what was typed")
    }

    @Test("A form longer than the window scrolls with the focus: the last field of the resource form is in sight")
    func longForm() {
        var state = Fixture.state()
        Fixture.press(&state, .character("3"), .character("n"))
        let count = state.form!.fields.count
        for _ in 0..<(count - 1) { Fixture.press(&state, .tab) }
        let screen = Fixture.render(state)
        #expect(screen.contains("Omschrijving"))
        #expect(!screen.contains("Organisatie"), "the top has scrolled away")
        Fixture.press(&state, .tab)
        #expect(Fixture.render(state).contains("Naam *"), "round to the first field, back at the top")
    }

    @Test("The expense form lists resources low-threshold first, as every list of resources does")
    func expenseResources() {
        var state = Fixture.state()
        Fixture.press(&state, .enter, .character("b"))
        guard case .choice(_, let labels)? = state.form?.fields.first(where: { $0.key == "Resource" })?.kind else {
            Issue.record("no resource field")
            return
        }
        #expect(labels == ["—", "GeheugenHuis Ten Boer", "Kulturhus De Deel", "Voedselbank Ten Boer", "GGZ-team Noord"])
    }
}
