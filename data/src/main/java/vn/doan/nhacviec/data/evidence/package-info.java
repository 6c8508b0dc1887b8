/** Photos kept as evidence of answers, and which status updates they prove. */
package vn.doan.nhacviec.data.evidence;
