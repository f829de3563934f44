package org.recoverykit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverykit.model.RecoveryRecord;
import org.recoverykit.model.SampleRecords;
import tools.jackson.databind.json.JsonMapper;

class RecoveryKitModuleTest {
    @Test
    void aUsersOwnMapperReadsAndWritesTheNativeDocument() throws Exception {
        JsonMapper mapper =
                JsonMapper.builder().addModule(new RecoveryKitModule()).build();
        String golden = RecordJsonTest.golden("complete-record.json");

        RecoveryRecord record = mapper.readValue(golden, RecoveryRecord.class);

        assertThat(record).isEqualTo(SampleRecords.complete());
        assertThat(mapper.readValue(mapper.writeValueAsString(record), RecoveryRecord.class))
                .isEqualTo(record);
        assertThat(mapper.writeValueAsString(record)).contains("\"start\":\"2026-10-02T10:00:00-07:00\"");
    }
}
