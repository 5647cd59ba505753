import WijkDomain

// A household's dossier and everything in it, as the snapshot cache writes and reads them (`CacheCoding`).
// Each type's fields in the order of its declaration; the lists come as the dossier holds them (sorted, the
// withdrawn assessments left out), so reading assigns them as they are instead of going through `Dossier.init`.

extension Dossier: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(household: try d.next())
        members = try d.list()
        goals = try d.list()
        actions = try d.list()
        budget = try d.optional()
        expenses = try d.list()
        journal = try d.list()
        assessments = try d.list()
        referrals = try d.list()
    }

    func write(cache e: BinaryEncoder) {
        e.put(household)
        e.put(members)
        e.put(goals)
        e.put(actions)
        e.put(budget)
        e.put(expenses)
        e.put(journal)
        e.put(assessments)
        e.put(referrals)
    }
}

extension Household: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), name: try d.next(), street: try d.next(), postcode: try d.next(), city: try d.next(),
                  phone: try d.next(), email: try d.next(), regisseur: try d.next(), status: try d.next(),
                  confidentiality: try d.next(), start: try d.optional(), evaluation: try d.optional(),
                  crisis: try d.next(), preferredContact: try d.optional(), closed: try d.optional(),
                  closeReason: try d.optional(), satisfaction: try d.optional(), selfReliant: try d.optional(), meetingQuestion: try d.optional(),
                  mergedInto: try d.optional(), apart: try d.list())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(name)
        e.put(street)
        e.put(postcode)
        e.put(city)
        e.put(phone)
        e.put(email)
        e.put(regisseur)
        e.put(status)
        e.put(confidentiality)
        e.put(start)
        e.put(evaluation)
        e.put(crisis)
        e.put(preferredContact)
        e.put(closed)
        e.put(closeReason)
        e.put(satisfaction)
        e.put(selfReliant)
        e.put(meetingQuestion)
        e.put(mergedInto)
        e.put(apart)
    }
}

extension Household.MeetingQuestion: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(text: try d.next(), by: try d.next(), since: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(text)
        e.put(by)
        e.put(since)
    }
}

extension Member: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), name: try d.next(), born: try d.optional(), relation: try d.next(), bsn: try d.next(),
                  phone: try d.next(), notes: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(name)
        e.put(born)
        e.put(relation)
        e.put(bsn)
        e.put(phone)
        e.put(notes)
    }
}

extension Goal: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), domain: try d.next(), text: try d.next(), target: try d.optional(), due: try d.optional(),
                  status: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(domain)
        e.put(text)
        e.put(target)
        e.put(due)
        e.put(status)
    }
}

extension Action: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), goal: try d.next(), text: try d.next(), who: try d.next(), due: try d.optional(),
                  status: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(goal)
        e.put(text)
        e.put(who)
        e.put(due)
        e.put(status)
    }
}

extension Actor: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        switch try d.read(UInt8.self) {
        case 0: self = .regisseur
        case 1: self = .network
        case 2: self = .member(try d.next())
        case 3: self = .resource(try d.next())
        default: throw BinaryDecoder.damaged()
        }
    }

    func write(cache e: BinaryEncoder) {
        switch self {
        case .regisseur: e.write(UInt8(0))
        case .network: e.write(UInt8(1))
        case .member(let id):
            e.write(UInt8(2))
            e.put(id)
        case .resource(let id):
            e.write(UInt8(3))
            e.put(id)
        }
    }
}

extension Budget: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(amount: try d.next(), from: try d.optional(), until: try d.optional())
    }

    func write(cache e: BinaryEncoder) {
        e.put(amount)
        e.put(from)
        e.put(until)
    }
}

extension Expense: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), date: try d.next(), kind: try d.next(), amount: try d.next(), description: try d.next(),
                  domain: try d.optional(), resource: try d.optional(), author: try d.next(), reverses: try d.optional())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(date)
        e.put(kind)
        e.put(amount)
        e.put(description)
        e.put(domain)
        e.put(resource)
        e.put(author)
        e.put(reverses)
    }
}

extension JournalEntry: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), date: try d.next(), kind: try d.next(), minutes: try d.optional(), author: try d.next(),
                  corrects: try d.optional(), text: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(date)
        e.put(kind)
        e.put(minutes)
        e.put(author)
        e.put(corrects)
        e.put(text)
    }
}

extension Assessment: CacheCoding {
    /// The scores as one byte per life domain in their fixed order, 0 where a domain was not scored.
    init(cache d: BinaryDecoder) throws {
        let id: String = try d.next(), date: Day = try d.next(), assessor: String = try d.next()
        let subject: String = try d.next()
        var scores = [LifeDomain: ZRMScore](minimumCapacity: LifeDomain.allCases.count)
        for domain in LifeDomain.allCases {
            let number = try d.read(UInt8.self)
            guard number != 0 else { continue }
            guard let score = ZRMScore(rawValue: Int(number)) else { throw BinaryDecoder.damaged() }
            scores[domain] = score
        }
        self.init(id: id, date: date, assessor: assessor, subject: subject, scores: scores, isFinal: try d.next(),
                  withdraws: try d.optional())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(date)
        e.put(assessor)
        e.put(subject)
        for domain in LifeDomain.allCases { e.write(UInt8(scores[domain]?.rawValue ?? 0)) }
        e.put(isFinal)
        e.put(withdraws)
    }
}

extension Referral: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), household: try d.next(), date: try d.next(), worker: try d.next(),
                  resource: try d.next(), member: try d.optional(), goal: try d.optional(), reason: try d.next(),
                  consent: try d.next(), detailsShared: try d.next(), status: try d.next(), outcome: try d.next(),
                  steps: try d.list())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(household)
        e.put(date)
        e.put(worker)
        e.put(resource)
        e.put(member)
        e.put(goal)
        e.put(reason)
        e.put(consent)
        e.put(detailsShared)
        e.put(status)
        e.put(outcome)
        e.put(steps)
    }
}

extension Referral.Consent: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(given: try d.next(), date: try d.optional(), form: try d.optional())
    }

    func write(cache e: BinaryEncoder) {
        e.put(given)
        e.put(date)
        e.put(form)
    }
}

extension Referral.Step: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        self.init(id: try d.next(), date: try d.next(), worker: try d.next(), status: try d.next(), note: try d.next())
    }

    func write(cache e: BinaryEncoder) {
        e.put(id)
        e.put(date)
        e.put(worker)
        e.put(status)
        e.put(note)
    }
}

extension Day: CacheCoding {
    /// Four bytes (year, month, day), read back through the checking initialiser: a date that cannot be is damage.
    init(cache d: BinaryDecoder) throws {
        let year = Int(try d.read(UInt16.self)), month = Int(try d.read(UInt8.self)), day = Int(try d.read(UInt8.self))
        guard let value = Day(year: year, month: month, day: day) else { throw BinaryDecoder.damaged() }
        self = value
    }

    func write(cache e: BinaryEncoder) {
        e.write(UInt16(year))
        e.write(UInt8(month))
        e.write(UInt8(day))
    }
}

extension Money: CacheCoding {
    init(cache d: BinaryDecoder) throws { self.init(cents: try d.read(Int64.self)) }
    func write(cache e: BinaryEncoder) { e.write(cents) }
}

extension ZRMScore: CacheCoding {
    init(cache d: BinaryDecoder) throws {
        guard let score = ZRMScore(rawValue: Int(try d.read(UInt8.self))) else { throw BinaryDecoder.damaged() }
        self = score
    }

    func write(cache e: BinaryEncoder) { e.write(UInt8(rawValue)) }
}

extension Household.Status: CacheCodingByName {}
extension Household.Confidentiality: CacheCodingByName {}
extension Household.Contact: CacheCodingByName {}
extension Household.CloseReason: CacheCodingByName {}
extension Goal.Status: CacheCodingByName {}
extension Action.Status: CacheCodingByName {}
extension Expense.Kind: CacheCodingByName {}
extension JournalEntry.Kind: CacheCodingByName {}
extension Referral.Status: CacheCodingByName {}
extension Referral.ConsentForm: CacheCodingByName {}
extension LifeDomain: CacheCodingByName {}
