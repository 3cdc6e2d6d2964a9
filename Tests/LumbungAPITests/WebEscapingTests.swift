@testable import LumbungAPI
import Testing

@Suite struct WebEscapingTests {
    /// A name that would run a script if it were not escaped.
    static let evil = "<script>alert(1)</script>"
    /// The same name as escaped text.
    static let shown = "&lt;script&gt;alert(1)&lt;/script&gt;"

    @Test func theEscapingFunctionEscapesEveryMarkupCharacter() {
        #expect(HTML.escape(#"<a href="x" title='y'>&</a>"#)
            == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        let name = "Gerai \"Sejahtera\" & <b>Makmur</b>"
        let row: HTML = "<td title=\"\(name)\">\(name)</td>"
        #expect(row.markup == "<td title=\"Gerai &quot;Sejahtera&quot; &amp; &lt;b&gt;Makmur&lt;/b&gt;\">"
            + "Gerai &quot;Sejahtera&quot; &amp; &lt;b&gt;Makmur&lt;/b&gt;</td>")
    }

    @Test func namesAndNotesAreShownAsTextOnEveryPage() throws {
        let app = try TestApp()
        try app.ensureStockCommodities()
        let cooperative = try app.makeCooperative(name: Self.evil)
        let outlet = try app.makeOutlet(cooperativeID: cooperative, name: Self.evil)
        _ = try app.makeOutlet(cooperativeID: cooperative, name: "Gerai kedua")
        let shopkeeper = try app.makeToken(.shopkeeper, name: Self.evil, cooperativeID: cooperative)
        let officer = try app.makeToken(.officer, name: Self.evil, region: "63")
        try app.move(outlet, "receipt", "10", token: shopkeeper)
        try app.reportPrice(outlet, 35000, token: shopkeeper)
        let alertID = try #require(try app.alerts(token: officer).string("items.0.id"))
        #expect(try app.request("POST", "/v1/alerts/\(alertID)/acknowledge", token: officer,
                                json: #"{"note":"\#(Self.evil)"}"#).status == 200)

        let shopkeeperCookie = try app.signIn(shopkeeper)
        let pages = [
            try app.page("/?commodity=lpg-3kg&region=63.71"),
            try app.page("/gerai", cookie: shopkeeperCookie),
            try app.page("/gerai/\(outlet)", cookie: shopkeeperCookie),
            try app.page("/dinas", cookie: try app.signIn(officer, to: "dinas")),
        ]
        for page in pages {
            #expect(page.status == 200)
            #expect(!page.text.contains(Self.evil))
            #expect(page.text.contains(Self.shown))
        }
        #expect(pages[3].text.contains("Diketahui oleh \(Self.shown)"))
        #expect(pages[3].text.contains(": “\(Self.shown)”"))
        #expect(pages[2].text.contains("Harga LPG 3 kg di \(Self.shown) Rp35.000"))
        #expect(pages[3].text.contains("<b>\(Self.shown)</b><br>"))
    }
}
