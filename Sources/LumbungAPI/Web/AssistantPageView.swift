import LumbungCore

/// A business assistant's page: each cooperative with its outlets and when they last reported, the
/// quiet ones marked, and the open alerts of all of them.
struct AssistantPageView {
    /// One cooperative and its outlets.
    struct Group {
        /// The cooperative.
        let cooperative: Cooperative
        /// The name of its village, when the region list holds it.
        let villageName: String?
        /// Its outlets, by id.
        let outlets: [Outlet]
    }

    /// Days without a report from which an outlet counts as quiet ("belum lapor").
    static let quietAfterDays: Int64 = 2

    /// Who is signed in.
    let session: WebSession
    /// The assistant's cooperatives.
    let groups: [Group]
    /// Open alerts of those cooperatives, newest first.
    let alerts: Page<Alert>
    /// Every commodity, for names.
    let catalogue: [Commodity]
    /// The time now.
    let now: Timestamp
    /// The zone days are cut in.
    let zone: ReportTimeZone

    /// The whole page.
    var page: WebPage {
        let quiet = groups.flatMap(\.outlets).filter { isQuiet($0) }.count
        let summary = quiet == 0 ? WebComponents.notice("Semua gerai sudah melapor dalam \(Self.quietAfterDays) hari terakhir.", ok: true)
            : WebComponents.notice("\(quiet) gerai belum lapor \(Self.quietAfterDays) hari atau lebih.", ok: false)
        return WebPage(title: "Pendamping koperasi", area: .assistant, body: """
            \(WebComponents.sessionBar(session))
            \(summary)
            <section id="koperasi">
            <h2>Koperasi dampingan (\(groups.count))</h2>
            \(HTML(groups.map(card)))
            </section>
            <section id="peringatan">
            <h2>Peringatan terbuka</h2>
            \(alertList)
            </section>
            """)
    }

    /// One cooperative with its outlets.
    private func card(_ group: Group) -> HTML {
        let rows = group.outlets.map { outlet -> HTML in
            """
            <li class="gerai-dampingan"><a class="kartu pilih-gerai" href="/gerai/\(FormEncoding.encode(outlet.id))">
            <b>\(outlet.name)</b><br><span class="\(isQuiet(outlet) ? "kecil diam" : "kecil")">\(lastReport(outlet))</span></a></li>
            """
        }
        let list: HTML = rows.isEmpty ? "<p class=\"kecil\">Belum ada gerai.</p>" : "<ul class=\"daftar\">\(HTML(rows))</ul>"
        return """
            <div class="kartu koperasi"><h3>\(group.cooperative.name)</h3>
            <p class="kecil">Desa/kelurahan \(group.villageName ?? group.cooperative.region.rawValue) · \(group.outlets.count) gerai</p>
            \(list)</div>
            """
    }

    /// Whether an outlet has not reported for `quietAfterDays` days or more (or never).
    private func isQuiet(_ outlet: Outlet) -> Bool {
        quietDays(outlet).map { $0 >= Self.quietAfterDays } ?? true
    }

    /// Whole report days since the outlet's last report (0: today); nil when it never reported.
    private func quietDays(_ outlet: Outlet) -> Int64? {
        outlet.lastReportAt.map { zone.date(of: now).days(since: zone.date(of: $0)) }
    }

    /// `lapor hari ini`, `lapor kemarin`, `belum lapor 9 hari` or `belum pernah lapor`, with the time.
    private func lastReport(_ outlet: Outlet) -> String {
        guard let last = outlet.lastReportAt, let days = quietDays(outlet) else { return "Belum pernah lapor" }
        let when = IndonesianFormat.dateTime(last, zone: zone)
        switch days {
        case ..<1: return "Lapor hari ini, \(when)"
        case 1: return "Terakhir lapor kemarin, \(when)"
        default: return "Belum lapor \(days) hari (terakhir \(when))"
        }
    }

    /// The open alerts as short cards.
    private var alertList: HTML {
        guard !alerts.items.isEmpty else { return "<p class=\"pesan berhasil\">Tidak ada peringatan terbuka.</p>" }
        let items = alerts.items.map { alert -> HTML in
            let commodity = catalogue.first { $0.id == alert.commodity }?.name ?? alert.commodity.rawValue
            let outlet: HTML = alert.outletID.map { id in
                "<a href=\"/gerai/\(FormEncoding.encode(id))\">\(alert.outletName ?? id)</a>"
            } ?? .empty
            return """
                <li class="kartu peringatan"><p>\(AlertListView.kindLabel(alert.kind)) <span class="kecil">dibuka \(IndonesianFormat.age(of: alert.openedAt, now: now))</span></p>
                <h3>\(alert.message)</h3><p class="kecil">\(outlet) · \(commodity)</p></li>
                """
        }
        return "<ol class=\"daftar\">\(HTML(items))</ol>"
    }
}
