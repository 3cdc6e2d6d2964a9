import LumbungCore
import Testing

@Suite struct GeoPointTests {
    @Test func parsesLatitudeCommaLongitude() throws {
        let point = try #require(GeoPoint("-3.32,114.59"))
        #expect(point.latitude == -3.32 && point.longitude == 114.59)
    }

    @Test(arguments: ["", "abc", "-3.32", "-3.32,", ",114.59", "-3.32,114.59,1", "91,0", "0,181", "nan,0", "inf,0", "-3.32;114.59"])
    func refusesAnythingElse(_ text: String) {
        #expect(GeoPoint(text) == nil)
    }

    @Test func boxHoldsEveryPointOfTheCircle() throws {
        let centre = try #require(GeoPoint(latitude: -3.32, longitude: 114.59))
        let box = centre.boundingBox(radiusKm: 10)
        let degrees = 10 / GeoPoint.kilometresPerDegree
        #expect(box.south <= -3.32 - degrees && box.north >= -3.32 + degrees)
        #expect(box.west < 114.59 - degrees && box.east > 114.59 + degrees)
        #expect(box.north - box.south < 2 * degrees * 1.001)
    }

    @Test func boxNearAPoleSpansEveryLongitude() throws {
        let box = try #require(GeoPoint(latitude: 89.5, longitude: 10)).boundingBox(radiusKm: 100)
        #expect(box.west == -180 && box.east == 180 && box.north == 90)
    }
}
