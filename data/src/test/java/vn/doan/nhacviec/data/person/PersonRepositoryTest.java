package vn.doan.nhacviec.data.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.UnitRepository;

class PersonRepositoryTest {

    @Test
    void aPersonHasIdentitiesOnSeveralChannelsAndRevocableRoles(@TempDir Path dir) {
        try (TestDatabase db = TestDatabase.open(dir)) {
            List<Object> events = new ArrayList<>();
            PersonRepository people = new PersonRepository(db.jdbc(), db.clock(), events::add);
            var unit = new UnitRepository(db.jdbc(), db.clock()).create("kg", "Tỉnh đoàn Kiên Giang", Level.TINH, null, Set.of(), TestDatabase.VN, null);
            Person lan = people.findOrCreate("telegram", "1001", "Lan", "vi");
            assertThat(people.findOrCreate("telegram", "1001", "Lan (renamed)", "vi").id()).isEqualTo(lan.id());
            people.addIdentity(lan.id(), "zalo", "abc-zalo-id");
            assertThat(people.findByIdentity("zalo", "abc-zalo-id")).contains(lan);

            long grant = people.grant(lan.id(), unit.id(), Role.SECRETARY, null);
            assertThat(people.activeRoles(lan.id())).extracting(RoleAssignment::role).containsExactly(Role.SECRETARY);
            people.revoke(grant);
            assertThat(people.activeRoles(lan.id())).isEmpty();
            people.revoke(grant);
            assertThat(events).as("a change of roles is published, a revoke that changes nothing is not")
                    .containsExactly(new RolesChanged(lan.id(), Role.SECRETARY), new RolesChanged(lan.id(), Role.SECRETARY));
            assertThat(people.create("Minh", "en")).isGreaterThan(lan.id());
        }
    }
}
