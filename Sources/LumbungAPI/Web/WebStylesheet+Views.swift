extension WebStylesheet {
    /// Rules for the band notes, place search, outlet addresses, the typo check and the alert
    /// overview; served after `css`.
    static let viewsCSS = """
        [hidden]{display:none!important}
        input[type=search],input[type=date]{display:block;width:100%;min-height:48px;font:inherit;padding:10px 12px;
        border:2px solid #555;border-radius:8px;background:#fff;color:#111}
        .dasar{margin:6px 0 0}
        .batas{white-space:nowrap}
        .alamat a{font-weight:700}
        .cari-nama{display:grid;grid-template-columns:1fr;gap:0}
        .pesan.periksa{background:#fff3d6;border-color:#a36b00;color:#3d2600}
        .pesan.periksa .tombol{margin-top:10px}
        .baris-tombol{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center}
        .baris-tombol .tombol{margin:0}
        """
}
