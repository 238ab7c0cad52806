package dev.passbook.example.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A lender's intake service: the Passbook bean comes from passbook-spring-boot-starter. */
@SpringBootApplication
public class StatementApplication {

    public static void main(String[] args) {
        SpringApplication.run(StatementApplication.class, args);
    }
}
