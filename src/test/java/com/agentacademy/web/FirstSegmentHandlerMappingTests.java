package com.agentacademy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The application's request mapping finds, for every path its controllers declare and for paths
 * near them, the same controller method (or the same refusal) as Spring's stock mapping over the
 * same controllers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FirstSegmentHandlerMappingTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    ApplicationContext context;

    @Test
    void theApplicationUsesItAndMostMappingsCanBePassedOver() {
        assertThat(mapping).isInstanceOf(FirstSegmentHandlerMapping.class);
        assertThat(((FirstSegmentHandlerMapping) mapping).mappingsWithAFirstSegment())
                .isGreaterThan(mapping.getHandlerMethods().size() * 9 / 10);
    }

    @Test
    void anAutosaveAsksOnlyTheMappingsThatCanMatchIt() {
        int mappings = mapping.getHandlerMethods().size();
        String autosave = "/attempts/7/answers/1";
        assertThat(answer(mapping, "POST", autosave)).contains("AttemptController.autosave");
        assertThat(methodReads(stock(), autosave)).as("stock").isGreaterThanOrEqualTo(mappings);
        assertThat(methodReads(mapping, autosave)).as("narrowed").isLessThan(mappings / 4);
    }

    @Test
    void everyDeclaredPathAndItsNeighboursFindWhatTheStockMappingFinds() throws Exception {
        RequestMappingHandlerMapping stock = stock();
        assertThat(stock.getHandlerMethods().keySet()).isEqualTo(mapping.getHandlerMethods().keySet());

        List<String[]> requests = requestsNear(mapping.getHandlerMethods().keySet());
        assertThat(requests).hasSizeGreaterThan(500);
        int found = 0;
        for (String[] request : requests) {
            String stockAnswer = answer(stock, request[0], request[1]);
            assertThat(answer(mapping, request[0], request[1])).as(request[0] + " " + request[1])
                    .isEqualTo(stockAnswer);
            found += stockAnswer.startsWith("handler") ? 1 : 0;
        }
        assertThat(found).as("requests that reach a controller").isGreaterThanOrEqualTo(mapping.getHandlerMethods().size());
    }

    @Test
    void onlyALiteralFirstSegmentNarrowsTheSearch() {
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/attempts/{id}/answers/{position}"))
                .isEqualTo("attempts");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/exams")).isEqualTo("exams");
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/{slug}/x")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/**")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/*.css")).isNull();
        assertThat(FirstSegmentHandlerMapping.literalFirstSegment("/exam?")).isNull();
    }

    /** Spring's own mapping over the application's controllers, set up as the application's is. */
    private RequestMappingHandlerMapping stock() {
        RequestMappingHandlerMapping stock = new RequestMappingHandlerMapping();
        stock.setApplicationContext(context);
        stock.setEmbeddedValueResolver(context.getEnvironment()::resolvePlaceholders);
        stock.setPatternParser(mapping.getPatternParser());
        stock.setContentNegotiationManager(mapping.getContentNegotiationManager());
        stock.afterPropertiesSet();
        return stock;
    }

    /**
     * How often finding the handler for a POST to {@code path} asks the request for its method:
     * each mapping that is checked asks at least once.
     */
    private static int methodReads(RequestMappingHandlerMapping mapping, String path) {
        AtomicInteger reads = new AtomicInteger();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public String getMethod() {
                reads.incrementAndGet();
                return super.getMethod();
            }
        };
        ServletRequestPathUtils.parseAndCache(request);
        try {
            mapping.getHandler(request);
        }
        catch (Exception refused) {
            throw new AssertionError(refused);
        }
        return reads.get();
    }

    /** Each pattern filled in, under each method and a method it does not take, and bent out of shape. */
    private static List<String[]> requestsNear(Set<RequestMappingInfo> infos) {
        List<String[]> requests = new ArrayList<>();
        for (RequestMappingInfo info : infos) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                String path = filledIn(pattern.getPatternString());
                for (String variant : List.of(path, path + "/", path.toUpperCase(), "/x" + path, encodedFirst(path),
                        path + ";v=1", "/" + path, path + "/extra")) {
                    for (String method : List.of("GET", "POST", "DELETE")) {
                        requests.add(new String[] { method, variant });
                    }
                }
                methods.forEach(method -> requests.add(new String[] { method.name(), path }));
            }
        }
        requests.add(new String[] { "GET", "/" });
        requests.add(new String[] { "GET", "/no-such-page/1" });
        return requests;
    }

    private static String filledIn(String pattern) {
        return pattern.replaceAll("\\{\\*[^}]+}", "a/b").replaceAll("\\{[^}]+}", "7").replace("**", "a")
                .replace("*", "a");
    }

    /** The first letter of the first segment percent-encoded, which the patterns see decoded. */
    private static String encodedFirst(String path) {
        return path.length() > 1 ? "/%" + Integer.toHexString(path.charAt(1)).toUpperCase() + path.substring(2) : path;
    }

    private static String answer(RequestMappingHandlerMapping mapping, String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            if (chain == null) {
                return "none";
            }
            return "handler " + ((HandlerMethod) chain.getHandler()).getMethod() + " "
                    + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        }
        catch (Exception refused) {
            return "refused " + refused.getClass().getSimpleName();
        }
    }
}
