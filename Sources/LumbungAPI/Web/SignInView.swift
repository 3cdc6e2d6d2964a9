/// The sign-in form of the shopkeeper and officer pages: the token goes into a session cookie.
enum SignInView {
    /// The page for `area`, with `message` explaining a refusal when there was one.
    static func page(_ area: WebArea, message: String? = nil, status: Int = 200, cookie: String? = nil) -> WebPage {
        let who = area == .officer ? "petugas dinas" : "pengurus gerai"
        let notice = message.map { WebComponents.notice($0, ok: false) } ?? .empty
        let body: HTML = """
            \(notice)
            <form class="kartu" method="post" action="/masuk">
            <p class="pengantar">Halaman untuk \(who). Masukkan token yang Anda terima dari admin Lumbung.</p>
            <input type="hidden" name="ke" value="\(area.signInTarget)">
            <label for="token">Token</label>
            <input type="password" id="token" name="token" autocomplete="current-password" autocapitalize="off"
             spellcheck="false" required>
            <button class="tombol">Masuk</button>
            </form>
            <p class="kecil">Token disimpan di peramban ini sampai Anda keluar. Jangan masuk di ponsel orang lain.</p>
            """
        return WebPage(title: "Masuk", area: area, body: body, status: status, cookie: cookie)
    }
}
