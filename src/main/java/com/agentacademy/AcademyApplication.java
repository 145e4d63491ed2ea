package com.agentacademy;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AcademyApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(ContentValidation.COMMAND)) {
            // before Spring does anything: checking files needs no context, no web server, no database
            System.exit(ContentValidation.run(Arrays.asList(args).subList(1, args.length), utf8(FileDescriptor.out),
                    utf8(FileDescriptor.err)));
        }
        SpringApplication.run(AcademyApplication.class, args);
    }

    /** Problems quote Chinese content: print them as UTF-8 whatever the console's default. */
    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new FileOutputStream(descriptor), true, StandardCharsets.UTF_8);
    }
}
