package io.evpair.adapters.ocpp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What one OCPP MeterValue tells evpair: the active power drawn (Power.Active.Import) and the energy register
 * (Energy.Active.Import.Register), in kW and kWh. A total without a phase wins; otherwise the phases are
 * summed. Samples we cannot use (other measurands, signed data, unknown units, values that are not numbers)
 * are skipped rather than refused: one odd sample must not cost the others.
 */
record MeterReading(Instant timestamp, Double chargeRateKw, Double meterKwh) {
    private static final String POWER = "Power.Active.Import";
    private static final String ENERGY = "Energy.Active.Import.Register";
    private static final Set<String> PHASES = Set.of("L1", "L2", "L3", "L1-N", "L2-N", "L3-N");

    boolean isEmpty() {
        return chargeRateKw == null && meterKwh == null;
    }

    static MeterReading of(Payload meterValue) {
        Instant timestamp = meterValue.requiredInstant("timestamp");
        Samples samples = new Samples();
        for (Payload sampled : meterValue.requiredObjects("sampledValue")) {
            String value = sampled.requiredString("value");
            boolean signed = sampled.optionalString("format").filter("SignedData"::equals).isPresent();
            if (!signed) {
                samples.add(sampled.optionalString("measurand").orElse(ENERGY), sampled.optionalString("phase"), value,
                        sampled.optionalString("unit"));
            }
        }
        return new MeterReading(timestamp, total(samples.power), total(samples.energy));
    }

    /** OCPP 2.0.1: values are numbers, units are {@code unitOfMeasure {unit, multiplier}} (a power of ten). */
    static MeterReading ofV201(Payload meterValue) {
        Instant timestamp = meterValue.requiredInstant("timestamp");
        Samples samples = new Samples();
        for (Payload sampled : meterValue.requiredObjects("sampledValue")) {
            double value = sampled.requiredNumber("value");
            Optional<Payload> unitOfMeasure = sampled.optionalObject("unitOfMeasure");
            Optional<String> unit = unitOfMeasure.flatMap(u -> u.optionalString("unit"));
            int multiplier = unitOfMeasure.flatMap(u -> u.optionalInt("multiplier")).orElse(0);
            samples.add(sampled.optionalString("measurand").orElse(ENERGY), sampled.optionalString("phase"),
                    String.valueOf(value * Math.pow(10, multiplier)), unit);
        }
        return new MeterReading(timestamp, total(samples.power), total(samples.energy));
    }

    /** The power and energy samples of one meter value; other measurands, phases and units are skipped. */
    private static final class Samples {
        final List<Sample> power = new ArrayList<>();
        final List<Sample> energy = new ArrayList<>();

        void add(String measurand, Optional<String> phase, String value, Optional<String> unit) {
            if (phase.filter(p -> !PHASES.contains(p)).isPresent()) {
                return;
            }
            if (measurand.equals(POWER)) {
                kilo(value, unit.orElse("W"), "W").ifPresent(kw -> power.add(new Sample(phase.isEmpty(), kw)));
            } else if (measurand.equals(ENERGY)) {
                kilo(value, unit.orElse("Wh"), "Wh").ifPresent(kwh -> energy.add(new Sample(phase.isEmpty(), kwh)));
            }
        }
    }

    /** The value in kilo-{@code base}, when the unit is {@code base} or k{@code base}. */
    private static Optional<Double> kilo(String value, String unit, String base) {
        double divisor;
        if (unit.equals(base)) {
            divisor = 1000;
        } else if (unit.toLowerCase(Locale.ROOT).equals("k" + base.toLowerCase(Locale.ROOT))) {
            divisor = 1;
        } else {
            return Optional.empty();
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            return Double.isFinite(parsed) ? Optional.of(parsed / divisor) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Double total(List<Sample> samples) {
        Optional<Sample> whole = samples.stream().filter(Sample::total).findFirst();
        if (whole.isPresent()) {
            return whole.get().kilo();
        }
        return samples.isEmpty() ? null : samples.stream().mapToDouble(Sample::kilo).sum();
    }

    private record Sample(boolean total, double kilo) {
    }
}
