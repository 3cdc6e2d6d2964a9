/// The parts of the web pages, each for one kind of user.
enum WebArea: CaseIterable, Sendable {
    /// `/`: the stock check for members, public.
    case member
    /// `/gerai`: updates by shopkeepers, after sign-in.
    case shopkeeper
    /// `/dinas`: the officers' dashboard, after sign-in.
    case officer
    /// `/pendamping`: a business assistant's cooperatives, after sign-in.
    case assistant

    /// Where the part starts.
    var path: String {
        switch self {
        case .member: return "/"
        case .shopkeeper: return "/gerai"
        case .officer: return "/dinas"
        case .assistant: return "/pendamping"
        }
    }

    /// Its name in the navigation bar.
    var label: String {
        switch self {
        case .member: return "Cek stok"
        case .shopkeeper: return "Gerai"
        case .officer: return "Dinas"
        case .assistant: return "Pendamping"
        }
    }

    /// The part named by a sign-in form's `ke` field (`gerai`, `dinas` or `pendamping`); the shopkeeper
    /// part otherwise.
    init(signInTarget: String?) {
        switch signInTarget {
        case "dinas": self = .officer
        case "pendamping": self = .assistant
        default: self = .shopkeeper
        }
    }

    /// The `ke` value of its sign-in form.
    var signInTarget: String {
        switch self {
        case .officer: return "dinas"
        case .assistant: return "pendamping"
        case .member, .shopkeeper: return "gerai"
        }
    }
}
