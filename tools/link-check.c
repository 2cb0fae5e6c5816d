/* Linked with the whole of one layer's library and only the libraries
 * below it (meson.build): a call into a layer above leaves an undefined
 * symbol, and the link fails. */
int main(void)
{
    return 0;
}
