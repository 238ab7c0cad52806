package dev.passbook.adapters.http.routing;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

/** A fixed table of routes, each bound to an endpoint of type {@code E}. */
public final class Router<E> {

    private final List<Tuple2<Route, E>> bindings;

    private Router(List<Tuple2<Route, E>> bindings) {
        this.bindings = bindings;
    }

    public static <E> Router<E> of(List<Tuple2<Route, E>> bindings) {
        List<Route> routes = bindings.map(Tuple2::_1);
        routes.groupBy(r -> r.method() + " " + r.template()).filterValues(g -> g.size() > 1).headOption()
                .peek(dup -> {
                    throw new IllegalArgumentException("route bound twice: " + dup._1);
                });
        return new Router<>(bindings);
    }

    public List<Route> routes() {
        return bindings.map(Tuple2::_1);
    }

    public RouteMatch<E> resolve(String method, String path) {
        List<Tuple2<Tuple2<Route, E>, Map<String, String>>> fits = bindings
                .flatMap(b -> b._1.match(path).map(params -> new Tuple2<>(b, params)));
        if (fits.isEmpty()) {
            return new RouteMatch.NoRoute<>();
        }
        Option<Tuple2<Tuple2<Route, E>, Map<String, String>>> exact = fits.find(f -> f._1._1.method().equals(method));
        if (exact.isDefined()) {
            Tuple2<Tuple2<Route, E>, Map<String, String>> f = exact.get();
            return new RouteMatch.Found<>(f._1._1, f._1._2, f._2);
        }
        return new RouteMatch.WrongMethod<>(TreeSet.ofAll(fits.map(f -> f._1._1.method())));
    }
}
