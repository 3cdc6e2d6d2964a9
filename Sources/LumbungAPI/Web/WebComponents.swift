import LumbungCore

/// Pieces shared by the pages: the session bar, hidden form fields, notices and choice lists.
enum WebComponents {
    /// Who is signed in, and the sign-out button.
    static func sessionBar(_ session: WebSession) -> HTML {
        """
        <div class="sesi"><span>Masuk sebagai <b>\(session.principal.name)</b> (\(roleName(session.principal.role)))</span>
        <form method="post" action="/keluar">\(formToken(session))<button class="tombol kedua kecil">Keluar</button></form></div>
        """
    }

    /// The hidden anti-forgery field of `session`.
    static func formToken(_ session: WebSession) -> HTML {
        "<input type=\"hidden\" name=\"\(WebSession.formTokenField)\" value=\"\(session.formToken)\">"
    }

    /// The hidden anti-forgery field and a fresh once-only key (the write's idempotency key).
    static func formSecrets(_ session: WebSession, key: String) -> HTML {
        "\(formToken(session))<input type=\"hidden\" name=\"\(WebOnce.field)\" value=\"\(key)\">"
    }

    /// A notice: `ok` in green, else as an error in red.
    static func notice(_ text: String, ok: Bool) -> HTML {
        ok ? "<p class=\"pesan berhasil\" role=\"status\">\(text)</p>" : "<p class=\"pesan salah\" role=\"alert\">\(text)</p>"
    }

    /// `<option>`s of the catalogue, `selected` marked.
    static func commodityOptions(_ commodities: [Commodity], selected: CommodityID?) -> HTML {
        HTML(commodities.map { commodity in
            option(value: commodity.id.rawValue, label: commodity.name, selected: commodity.id == selected)
        })
    }

    /// One `<option>`.
    static func option(value: String, label: String, selected: Bool) -> HTML {
        selected ? "<option value=\"\(value)\" selected>\(label)</option>" : "<option value=\"\(value)\">\(label)</option>"
    }

    /// The role as Indonesians call it.
    static func roleName(_ role: Role) -> String {
        switch role {
        case .admin: return "admin"
        case .officer: return "petugas dinas"
        case .shopkeeper: return "pengurus gerai"
        case .assistant: return "pendamping koperasi"
        }
    }

    /// A price's standing against its band, as a coloured label.
    static func priceStatus(_ status: PriceStatus?) -> HTML {
        switch status {
        case .inBand?: return "<span class=\"lencana dalam\">Sesuai batas harga</span>"
        case .aboveBand?: return "<span class=\"lencana atas\">Di atas batas harga</span>"
        case .belowBand?: return "<span class=\"lencana bawah\">Di bawah batas harga</span>"
        case .noBand?: return "<span class=\"lencana kosong\">Belum ada batas harga</span>"
        case nil: return "<span class=\"lencana kosong\">Harga belum dilaporkan</span>"
        }
    }
}
