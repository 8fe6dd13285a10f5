package dev.statlearn.spark;

import static org.apache.spark.sql.functions.col;

import dev.statlearn.core.Checks;
import dev.statlearn.stats.descriptive.Moments;
import java.nio.ByteBuffer;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The {@link Moments} of numeric columns of a {@code Dataset} in one pass, the fast path of
 * {@link StatlearnFunctions#moments(String)} for a whole-dataset summary (no grouping): count,
 * mean, variance \( s^2 = M_2/(n-1) \), skewness \( G_1 \), excess kurtosis \( G_2 \), minimum and
 * maximum, as defined by {@link Moments}.
 *
 * <p>The {@code udaf} route converts every value to a Java object before the aggregator sees it.
 * This one reads Spark's internal rows of the selected columns directly, feeds each partition's
 * values into one {@code Moments} per column ({@link Moments#accept(double)}), ships the
 * partition's accumulators to the driver in their Kryo form (as {@link StatlearnEncoders} does),
 * and merges them there in partition order with {@link Moments#combine(Moments)}: the result
 * equals {@code Moments.of} of the collected column up to rounding, like the aggregator's.
 *
 * <ul>
 *   <li>Columns are cast to double; null values are skipped; a NaN or infinite value fails the
 *       job with the {@link IllegalArgumentException} of {@code accept}.</li>
 *   <li>No rows: empty accumulators.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class DatasetMoments {

    private DatasetMoments() {
    }

    /**
     * The moments of one numeric column.
     *
     * @param data   the dataset
     * @param column the column's name
     * @return its moments
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if (failing the job) a value is NaN or infinite
     */
    public static Moments of(Dataset<Row> data, String column) {
        return of(data, new String[] {column})[0];
    }

    /**
     * The moments of several numeric columns, in one pass over the data.
     *
     * @param data    the dataset
     * @param columns the columns' names, at least one
     * @return one accumulator per column, in the given order
     * @throws NullPointerException     if an argument or a name is null
     * @throws IllegalArgumentException if no column is given, or (failing the job) a value is NaN
     *                                  or infinite
     */
    public static Moments[] of(Dataset<Row> data, String... columns) {
        Checks.notNull(data, "data");
        Checks.notNull(columns, "columns");
        if (columns.length == 0) {
            throw new IllegalArgumentException("columns must name at least one column");
        }
        Column[] cols = new Column[columns.length];
        for (int j = 0; j < cols.length; j++) {
            cols[j] = col(Checks.notNull(columns[j], "columns[" + j + "]")).cast("double");
        }
        int d = cols.length;
        SparkConf conf = data.sparkSession().sparkContext().getConf();
        List<byte[]> parts = data.select(cols).queryExecution().toRdd().toJavaRDD().mapPartitions(it -> {
            Moments[] m = new Moments[d];
            for (int j = 0; j < d; j++) {
                m[j] = Moments.create();
            }
            while (it.hasNext()) {
                InternalRow r = it.next();
                for (int j = 0; j < d; j++) {
                    if (!r.isNullAt(j)) {
                        m[j].accept(r.getDouble(j));
                    }
                }
            }
            ByteBuffer bytes = kryo(conf).serialize(m, tag());
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return List.of(out).iterator();
        }).collect();
        SerializerInstance kryo = kryo(conf);
        Moments[] total = null;
        for (byte[] part : parts) {
            Moments[] m = kryo.deserialize(ByteBuffer.wrap(part), tag());
            if (total == null) {
                total = m;
            } else {
                for (int j = 0; j < d; j++) {
                    total[j].combine(m[j]);
                }
            }
        }
        if (total == null) { // no partitions at all
            total = new Moments[d];
            for (int j = 0; j < d; j++) {
                total[j] = Moments.create();
            }
        }
        return total;
    }

    private static SerializerInstance kryo(SparkConf conf) {
        return new KryoSerializer(conf).newInstance();
    }

    private static ClassTag<Moments[]> tag() {
        return ClassTag$.MODULE$.apply(Moments[].class);
    }
}
