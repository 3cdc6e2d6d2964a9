/// The three parts of the web pages, each for one kind of user.
enum WebArea: CaseIterable, Sendable {
    /// `/`: the stock check for members, public.
    case member
    /// `/gerai`: updates by shopkeepers, after sign-in.
    case shopkeeper
    /// `/dinas`: the officers' dashboard, after sign-in.
    case officer

    /// Where the part starts.
    var path: String {
        switch self {
        case .member: return "/"
        case .shopkeeper: return "/gerai"
        case .officer: return "/dinas"
        }
    }

    /// Its name in the navigation bar.
    var label: String {
        switch self {
        case .member: return "Cek stok"
        case .shopkeeper: return "Gerai"
        case .officer: return "Dinas"
        }
    }

    /// The part named by a sign-in form's `ke` field (`gerai` or `dinas`); the shopkeeper part otherwise.
    init(signInTarget: String?) {
        self = signInTarget == "dinas" ? .officer : .shopkeeper
    }

    /// The `ke` value of its sign-in form.
    var signInTarget: String { self == .officer ? "dinas" : "gerai" }
}
