import WijkDomain
import WijkStore

/// Where referrals live and what a step of one writes.
extension Workspace {
    static func referralPath(household: String, id: String) -> String {
        StoreLayout.households + "/" + household + "/" + StoreLayout.referrals + "/" + id + StoreLayout.recordExtension
    }

    /// The resource `id` on the sociale kaart.
    func resource(_ id: String) -> Resource? { snapshot.resources.first { $0.id == id } }

    /// `Verwijzing Voedselbank Ten Boer: aangemeld.`, with the outcome after it when there is one; advice
    /// without consent says so.
    func referralNote(_ referral: Referral, status: Referral.Status, outcome: String) -> String {
        let name = resource(referral.resource)?.name ?? referral.resource
        var text = referral.isAdviceOnly && status == .proposed
            ? strings(.journalReferralAdvice, name)
            : strings(.journalReferral, name, strings(.referralStatus(status)))
        if !outcome.isEmpty { text += " " + outcome }
        return text
    }
}
