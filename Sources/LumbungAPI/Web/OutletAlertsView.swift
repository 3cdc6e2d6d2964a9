import LumbungCore

/// The outlet's own open alerts, shown to its shopkeeper at the top of the outlet page: what the
/// dinas sees about this outlet, so it can be put right.
struct OutletAlertsView {
    /// The open alerts of the outlet, newest first.
    let alerts: [Alert]
    /// Every commodity, for names.
    let catalogue: [Commodity]
    /// The time now.
    let now: Timestamp
    /// The zone times are shown in.
    let zone: ReportTimeZone

    /// The list, or nothing when no alert is open.
    var html: HTML {
        guard !alerts.isEmpty else { return .empty }
        let items = alerts.map { alert -> HTML in
            let name = catalogue.first { $0.id == alert.commodity }?.name ?? alert.commodity.rawValue
            let acknowledged: HTML = alert.acknowledgement.map { _ in " · sudah dilihat dinas" } ?? .empty
            return """
                <li>\(AlertListView.kindLabel(alert.kind)) <b>\(name)</b>: \(alert.message)
                <span class="kecil">sejak \(IndonesianFormat.dateTime(alert.openedAt, zone: zone)) (\(IndonesianFormat.age(of: alert.openedAt, now: now)))\(acknowledged)</span></li>
                """
        }
        return """
            <section class="kartu peringatan-gerai" id="peringatan-gerai">
            <h2>Peringatan untuk gerai ini (\(alerts.count))</h2>
            <p class="kecil">Dinas melihat peringatan ini. Peringatan tertutup sendiri setelah harga kembali dalam batas atau stok diisi.</p>
            <ul class="daftar-peringatan">\(items)</ul>
            </section>
            """
    }
}
