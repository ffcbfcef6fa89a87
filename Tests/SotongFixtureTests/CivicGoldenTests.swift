import Foundation
import SotongCore
import SotongDomain
import Testing

/// The plan's section I.2 tables from the fixture log: the network (22), the advisory group's
/// citizen subcommittee (60 by cohort and district) and the expert pool (51).
@Suite struct CivicGoldenTests {
    static let asOf = LocalDate(year: 2017, month: 12, day: 31)!

    @Test func networkIsThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let network = NetworkState(entries: fixture.stream(NetworkState.stream, through: Self.asOf))
        #expect(network.members.count == 22)
        #expect(NetworkCategory.allCases.map { network.count($0) } == [11, 7, 3, 1])
        #expect(NetworkCategory.allCases.map(\.koreanLabel) == ["직능사회단체", "시민사회단체", "시의회", "市"])
        #expect(network.agendas.count == 4)
        #expect(network.taskCount == 12)
        #expect(Set(network.agendas.values.map(\.title)) == ["인천 항공산업 살리기 운동", "섬 지역 활성화로 인천가치 재창조",
                                                             "정당한 인천선거구 찾기 운동", "고등법원 원외재판부 유치"])
        #expect(network.agendas.values.allSatisfy { $0.tasks.count == 3 })
    }

    @Test func advisoryGroupIsThePlansCellByCell() async throws {
        let fixture = try await ImportedFixture.shared.value
        let group = AdvisoryGroupState(entries: fixture.stream(AdvisoryGroupState.stream, through: Self.asOf))
        let table: [[Int]] = [
            [2, 1, 2, 2, 3, 5, 1, 3, 1, 0],
            [2, 1, 2, 4, 2, 3, 2, 2, 1, 1],
            [1, 1, 1, 1, 5, 1, 3, 5, 1, 1],
        ]
        #expect(District.allCases.map(\.koreanLabel) == ["중구", "동구", "남구", "연수구", "남동구", "부평구", "계양구", "서구",
                                                          "강화군", "옹진군"])
        for (index, row) in table.enumerated() {
            let cohort = index + 1
            #expect(group.count(subcommittee: .citizen, cohort: cohort) == 20, "\(cohort)기 인원")
            for (district, expected) in zip(District.allCases, row) {
                #expect(group.count(subcommittee: .citizen, cohort: cohort, district: district) == expected,
                        "\(cohort)기 \(district.koreanLabel)")
            }
        }
        #expect(group.count(subcommittee: .citizen) == 60)
        let totals = group.districtTotals(subcommittee: .citizen)
        #expect(District.allCases.map { totals[$0] } == [5, 3, 5, 7, 10, 9, 6, 10, 3, 2])
        #expect(group.count(subcommittee: .youth) == 0)
        // Members serving: 40 at the end of 2016, 60 at the end of 2017 (the plan's 위원수).
        #expect(group.members(asOf: day("2016-12-31")).count == 40)
        #expect(group.members(asOf: day("2017-12-31")).count == 60)
    }

    @Test func expertPoolIsThePlans() async throws {
        let fixture = try await ImportedFixture.shared.value
        let pool = ExpertPoolState(entries: fixture.stream(ExpertPoolState.stream, through: Self.asOf))
        #expect(pool.count == 51)
        #expect(ExpertCategory.allCases.map { pool.count($0) } == [16, 17, 12, 6])
        #expect(ExpertCategory.allCases.map(\.koreanLabel) == ["전문기관", "대학교수", "유관기관", "시민단체"])
    }
}
