package io.evpair.adapters.ocpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class MeterReadingTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsPowerAndEnergyInEitherUnit() {
        assertThat(read("""
                {"timestamp":"2026-03-02T08:00:00Z","sampledValue":[
                  {"value":"7400","measurand":"Power.Active.Import","unit":"W"},
                  {"value":"12.5","measurand":"Energy.Active.Import.Register","unit":"kWh"}]}"""))
                .isEqualTo(new MeterReading(Instant.parse("2026-03-02T08:00:00Z"), 7.4, 12.5));
        assertThat(read("""
                {"timestamp":"2026-03-02T08:00:00+01:00","sampledValue":[
                  {"value":"11","measurand":"Power.Active.Import","unit":"kW"},
                  {"value":"1500"}]}"""))
                .isEqualTo(new MeterReading(Instant.parse("2026-03-02T07:00:00Z"), 11.0, 1.5));
    }

    @Test
    void sumsPhasesUnlessThereIsATotal() {
        assertThat(read("""
                {"timestamp":"2026-03-02T08:00:00Z","sampledValue":[
                  {"value":"2300","measurand":"Power.Active.Import","phase":"L1"},
                  {"value":"2300","measurand":"Power.Active.Import","phase":"L2"},
                  {"value":"2400","measurand":"Power.Active.Import","phase":"L3"}]}""").chargeRateKw())
                .isEqualTo(7.0);
        assertThat(read("""
                {"timestamp":"2026-03-02T08:00:00Z","sampledValue":[
                  {"value":"2300","measurand":"Power.Active.Import","phase":"L1"},
                  {"value":"6900","measurand":"Power.Active.Import"}]}""").chargeRateKw())
                .isEqualTo(6.9);
    }

    @Test
    void skipsWhatItCannotUse() {
        MeterReading reading = read("""
                {"timestamp":"2026-03-02T08:00:00Z","sampledValue":[
                  {"value":"230","measurand":"Voltage","unit":"V"},
                  {"value":"abc","measurand":"Power.Active.Import"},
                  {"value":"3000","measurand":"Power.Active.Import","unit":"VA"},
                  {"value":"c2lnbmVk","format":"SignedData"}]}""");

        assertThat(reading.isEmpty()).isTrue();
    }

    @Test
    void aMissingTimestampOrValueIsAnOccurrenceViolation() {
        assertThat(catchThrowableOfType(OcppException.class, () -> read("{\"sampledValue\":[]}")).code())
                .isEqualTo(OcppErrorCode.OccurenceConstraintViolation);
        assertThat(catchThrowableOfType(OcppException.class,
                () -> read("{\"timestamp\":\"2026-03-02T08:00:00Z\",\"sampledValue\":[{\"unit\":\"W\"}]}")).code())
                .isEqualTo(OcppErrorCode.OccurenceConstraintViolation);
    }

    @Test
    void aNumberWhereTheSpecWantsAStringIsATypeViolation() {
        assertThat(catchThrowableOfType(OcppException.class,
                () -> read("{\"timestamp\":\"2026-03-02T08:00:00Z\",\"sampledValue\":[{\"value\":7400}]}")).code())
                .isEqualTo(OcppErrorCode.TypeConstraintViolation);
    }

    private static MeterReading read(String json) {
        return MeterReading.of(new Payload((ObjectNode) JSON.readTree(json)));
    }
}
