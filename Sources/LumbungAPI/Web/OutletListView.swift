import LumbungCore

/// The outlets a signed-in person may update, each a large link.
struct OutletListView {
    /// Who is signed in.
    let session: WebSession
    /// One page of outlets.
    let outlets: Page<Outlet>

    /// The whole page.
    var page: WebPage {
        let items = outlets.items.map { outlet -> HTML in
            let address: HTML = outlet.address.map { "<br><span class=\"kecil\">\($0)</span>" } ?? .empty
            return "<li><a class=\"kartu pilih-gerai\" href=\"/gerai/\(FormEncoding.encode(outlet.id))\"><b>\(outlet.name)</b>\(address)</a></li>"
        }
        let more: HTML = outlets.nextCursor.map {
            "<p><a class=\"tombol kedua\" href=\"\(FormEncoding.link("/gerai", [("cursor", $0)]))\">Gerai berikutnya</a></p>"
        } ?? .empty
        let list: HTML = items.isEmpty ? "<p class=\"pesan\">Belum ada gerai yang dapat Anda perbarui.</p>"
            : "<p>Pilih gerai yang akan diperbarui:</p><ul class=\"daftar\">\(items)</ul>\(more)"
        return WebPage(title: "Gerai", area: .shopkeeper, body: "\(WebComponents.sessionBar(session))\(list)")
    }
}
