package com.agentacademy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import com.agentacademy.people.Role;

class LadderFileTests {

    @Test
    void theShippedLadderHasTheFiveStepsTheLateralTracksAndTheSeedsDefaults() throws IOException {
        List<LadderFile.LevelSpec> levels = LadderFile.read("ladder.yml",
                new ClassPathResource("career/ladder.yml").getContentAsString(StandardCharsets.UTF_8));

        assertThat(levels).filteredOn(level -> level.track() == LadderLevel.Track.MAIN).extracting(LadderFile.LevelSpec::nameZh)
                .containsExactly("初级客服", "资深客服", "质检专员", "培训师", "团队主管");
        assertThat(levels).filteredOn(level -> level.track() == LadderLevel.Track.LATERAL).extracting(LadderFile.LevelSpec::code)
                .containsExactly("pre-sales-support", "user-operations", "product-testing", "overseas-service");
        LadderFile.LevelSpec senior = levels.get(1);
        assertThat(senior.requirements()).anySatisfy(requirement -> {
            assertThat(requirement.getSubject()).isEqualTo("first-contact-resolution");
            assertThat(requirement.getMinValue()).isEqualByComparingTo(new BigDecimal("85"));
        });
        assertThat(senior.requirements()).anySatisfy(requirement -> {
            assertThat(requirement.getSubject()).isEqualTo("handle-time");
            assertThat(requirement.getMinValue()).isEqualByComparingTo(new BigDecimal("300"));
            assertThat(requirement.getMaxValue()).isEqualByComparingTo(new BigDecimal("480"));
        });
        assertThat(levels.get(2).grants()).containsExactlyInAnyOrder(Role.AGENT, Role.QA);
    }

    @Test
    void everyProblemNamesTheFileAndLineAndNothingIsRead() {
        String text = """
                levels:
                  - code: junior-agent
                    name: { en: Junior, zh-CN: 初级 }
                    grants: [AGENT, ADMIN]
                  - code: senior-agent
                    name: { en: Senior, zh-CN: 资深 }
                    follows: [nobody]
                    requirements:
                      - kpi: happiness
                        at-least: 3
                      - certification: go-live
                      - teleport: true
                """;

        assertThatThrownBy(() -> LadderFile.read("ladder.yml", text))
                .hasMessageContaining("ladder.yml line 4: a level cannot grant ADMIN")
                .hasMessageContaining("ladder.yml line 9: unknown KPI happiness")
                .hasMessageContaining("ladder.yml line 12: unknown requirement [teleport]")
                .hasMessageContaining("ladder.yml line 7: follows the unknown level nobody");
    }

    @Test
    void aBrokenFileIsNamedWithItsLine() {
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", "levels:\n  - code: [unclosed\n"))
                .hasMessageStartingWith("ladder.yml line 2: not valid YAML");
    }

    @Test
    void hostileLadderFilesAreRefusedWithTheFileAndLine() {
        String laughs = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nlevels: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";

        assertThatThrownBy(() -> LadderFile.read("ladder.yml", laughs)).hasMessageStartingWith("ladder.yml line 1: more than 20 aliases");
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", "levels: &l\n  - code: x\n    follows: *l\n"))
                .hasMessage("ladder.yml line 1: the anchor &l is used inside its own value; write the value out instead");
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", "levels: []\nlevels: []\n"))
                .hasMessage("ladder.yml line 2: the key \"levels\" is already given at line 1");
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", "levels:\n  - code: a\u0000b\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("ladder.yml line 2: contains the control character U+0000, which text does not have; is this a binary file?");
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", new byte[] { 'l', ':', '\n', (byte) 0xC3, 0x28 }))
                .hasMessage("ladder.yml line 2: not UTF-8 text from this line on; save the file as UTF-8");
        assertThatThrownBy(() -> LadderFile.read("ladder.yml", new byte[LadderFile.MAX_BYTES + 1]))
                .hasMessage("ladder.yml: the file is larger than 256 KB");
    }
}
