import MicroHTTP

extension LumbungAPI {
    /// `GET /static/app.css`: the stylesheet of the web pages.
    func stylesheet(_ request: Request) throws -> Response {
        WebAssets.response(WebStylesheet.css + ShopkeeperApp.stylesheet + WebStylesheet.viewsCSS, type: "text/css; charset=utf-8")
    }

    /// `GET /static/satuan.js`: keeps the unit beside "Jumlah" in step with the chosen item.
    func unitScript(_ request: Request) throws -> Response {
        WebAssets.response(WebAssets.unitScript, type: "text/javascript; charset=utf-8")
    }

    /// `GET /static/dekat.js`: the optional "near me" button of the stock check.
    func locationScript(_ request: Request) throws -> Response {
        WebAssets.response(WebAssets.locationScript, type: "text/javascript; charset=utf-8")
    }
}

/// The files the pages load from this site: no CDN, so they work on a network without internet.
enum WebAssets {
    /// Shows the "near me" button when the browser can tell where it is; a tap asks for the
    /// location, puts it in the form's `near` field (dropping the region) and sends the form.
    static let locationScript = """
        (function () {
          var button = document.getElementById('dekat');
          var field = document.getElementById('near');
          var note = document.getElementById('dekat-pesan');
          if (!button || !field || !navigator.geolocation) return;
          button.hidden = false;
          button.addEventListener('click', function () {
            note.textContent = 'Mencari lokasi Anda…';
            navigator.geolocation.getCurrentPosition(function (position) {
              field.value = position.coords.latitude.toFixed(4) + ',' + position.coords.longitude.toFixed(4);
              var region = document.getElementById('region');
              if (region) region.disabled = true;
              field.form.submit();
            }, function () {
              note.textContent = 'Lokasi tidak tersedia. Izinkan akses lokasi, atau pilih wilayah.';
            }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
          });
        })();

        """

    /// Shows the unit of the item chosen in the stock form (its option's `data-satuan`) beside
    /// "Jumlah"; without script the unit of the preselected item stays.
    static let unitScript = """
        (function () {
          var select = document.getElementById('stok-barang');
          var unit = document.getElementById('satuan');
          if (!select || !unit) return;
          select.addEventListener('change', function () {
            var chosen = select.options[select.selectedIndex].getAttribute('data-satuan');
            unit.textContent = chosen ? '(' + chosen + ')' : '';
          });
        })();

        """

    /// A static file, cacheable for a day.
    static func response(_ text: String, type: String) -> Response {
        response(Array(text.utf8), type: type)
    }

    /// A static file of `bytes`, cacheable for a day.
    static func response(_ bytes: [UInt8], type: String) -> Response {
        var response = Response(status: 200, headers: HTTPHeaders([("Content-Type", type)]), body: bytes)
        response.headers.set("Cache-Control", "public, max-age=86400")
        response.headers.set("X-Content-Type-Options", "nosniff")
        return response
    }
}
