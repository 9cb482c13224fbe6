package org.benling.inspection.domain;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a leading cadre reports (个人有关事项, 领导干部报告个人有关事项规定 articles 3 and 4): marriage and the family,
 * passports and travel abroad, family members abroad and their jobs, income, property and investments. Kept as the
 * cadre filed it (a spot-check compares it with what the registries say); read by the cadre, inspectors in scope,
 * leaders and administrators, never by HR.
 */
@Schema(name = "PersonalMatters", description = "个人有关事项 / What a leading cadre reports")
public record PersonalMatters(
        @NotNull MaritalStatus maritalStatus,
        @NotNull @Size(max = 30) List<@Valid @NotNull FamilyMember> family,
        @NotNull @Size(max = 20) List<@Valid @NotNull Passport> passports,
        @NotNull @Size(max = 100) List<@Valid @NotNull Trip> tripsAbroad,
        @NotNull @Valid Income income,
        @NotNull @Size(max = 50) List<@Valid @NotNull Property> properties,
        @NotNull @Size(max = 100) List<@Valid @NotNull Investment> investments) {

    @Schema(name = "MaritalStatus")
    public enum MaritalStatus { MARRIED, UNMARRIED, DIVORCED, WIDOWED }

    @Schema(name = "FamilyRelation")
    public enum Relation { SPOUSE, CHILD, CHILD_SPOUSE }

    /** 配偶、子女及其配偶: where they work, and whether they live abroad (移居国（境）外). */
    @Schema(name = "FamilyMember")
    public record FamilyMember(@NotNull Relation relation, @NotBlank @Size(max = 50) String name,
            @Nullable @Size(max = 200) String employer, @Nullable @Size(max = 100) String post, boolean livesAbroad,
            @Nullable @Size(max = 100) String country) {
    }

    @Schema(name = "PassportKind")
    public enum PassportKind { PASSPORT, HONG_KONG_MACAO_PERMIT, TAIWAN_PERMIT }

    /** 因私出入境证件. */
    @Schema(name = "Passport")
    public record Passport(@NotNull PassportKind kind, @NotBlank @Size(max = 30) String number,
            @NotNull LocalDate expiresOn) {
    }

    /** 因私出国（境）. */
    @Schema(name = "TripAbroad")
    public record Trip(@NotNull LocalDate departedOn, @NotNull LocalDate returnedOn,
            @NotBlank @Size(max = 100) String destination, @NotBlank @Size(max = 200) String purpose) {
    }

    /** 工资及各类奖金、津贴、补贴 and other income of the year before, in yuan. */
    @Schema(name = "Income")
    public record Income(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal salary,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal other,
            @Nullable @Size(max = 500) String note) {
    }

    /** 房产. */
    @Schema(name = "Property")
    public record Property(@NotBlank @Size(max = 200) String address,
            @NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal areaSqm,
            @NotBlank @Size(max = 50) String owner) {
    }

    @Schema(name = "InvestmentKind")
    public enum InvestmentKind { STOCK, FUND, INSURANCE, COMPANY }

    /** 股票、基金、投资型保险, and companies of the family. */
    @Schema(name = "Investment")
    public record Investment(@NotNull InvestmentKind kind, @NotBlank @Size(max = 200) String description,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }
}
