package dev.passbook.adapters.http.routing;

import io.vavr.collection.Map;
import io.vavr.collection.SortedSet;

/** What the router made of a method and a path. */
public sealed interface RouteMatch<E> {

    /** A route and its endpoint accept this method and path. */
    record Found<E>(Route route, E endpoint, Map<String, String> pathParams) implements RouteMatch<E> {
    }

    /** The path exists, but not for this method; {@code allowed} feeds the {@code Allow} header. */
    record WrongMethod<E>(SortedSet<String> allowed) implements RouteMatch<E> {
    }

    /** No route has this path. */
    record NoRoute<E>() implements RouteMatch<E> {
    }
}
