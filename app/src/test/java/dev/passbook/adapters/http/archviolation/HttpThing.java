package dev.passbook.adapters.http.archviolation;

/** Bad-sample target: something in the HTTP adapter. */
public final class HttpThing {
}
