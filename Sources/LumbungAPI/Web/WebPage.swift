import MicroHTTP

/// A whole page: the common head, navigation and footer around a body, sent as HTML.
struct WebPage {
    /// The heading and window title.
    let title: String
    /// The part of the site it belongs to (highlighted in the navigation).
    let area: WebArea
    /// What the page shows under its heading.
    let body: HTML
    /// The HTTP status.
    var status = 200
    /// A `Set-Cookie` value to send with it, if any.
    var cookie: String?
    /// Whether it loads the small location script of the stock check.
    var usesLocationScript = false

    /// What every page may load: only this site's stylesheet, scripts, manifest and service worker, and
    /// requests only to this site; no frames, no other origin.
    static let contentSecurityPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
        + "connect-src 'self'; manifest-src 'self'; worker-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// The page as a response: `text/html`, never cached, with the security headers.
    var response: Response {
        var headers = HTTPHeaders([
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Security-Policy", Self.contentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "same-origin"),
            ("Cache-Control", "no-store"),
        ])
        if let cookie { headers.add("Set-Cookie", cookie) }
        return Response(status: status, headers: headers, body: Array(document.markup.utf8))
    }

    /// The whole document.
    var document: HTML {
        let links = WebArea.allCases.map { link -> HTML in
            let current: HTML = link == area ? " aria-current=\"page\"" : .empty
            return "<a href=\"\(link.path)\"\(current)>\(link.label)</a>"
        }
        let script: HTML = usesLocationScript ? "<script src=\"/static/dekat.js\" defer></script>" : .empty
        return """
            <!doctype html>
            <html lang="id">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Lumbung</title>
            <link rel="stylesheet" href="/static/app.css">
            \(script)\(area == .shopkeeper ? ShopkeeperApp.head : .empty)
            </head>
            <body>
            <header class="kepala"><a class="merek" href="/">Lumbung</a><nav>\(links)</nav></header>
            <main>
            <h1>\(title)</h1>
            \(body)
            </main>
            <footer>Lumbung · stok dan harga di gerai Koperasi Desa/Kelurahan Merah Putih</footer>
            </body>
            </html>

            """
    }
}

extension WebPage {
    /// `303 See Other` to a page of this site, optionally setting the session cookie.
    static func redirect(to location: String, cookie: String? = nil) -> Response {
        var headers = HTTPHeaders([("Location", location), ("Cache-Control", "no-store")])
        if let cookie { headers.add("Set-Cookie", cookie) }
        return Response(status: 303, headers: headers)
    }

    /// A page that only explains a refusal, after `extra`, with a way back.
    static func message(_ text: String, area: WebArea, status: Int, extra: HTML = .empty) -> WebPage {
        WebPage(title: "Tidak dapat diproses", area: area,
                body: "\(extra)<p class=\"pesan salah\" role=\"alert\">\(text)</p><p><a class=\"tombol kedua\" href=\"\(area.path)\">Kembali</a></p>",
                status: status)
    }
}
